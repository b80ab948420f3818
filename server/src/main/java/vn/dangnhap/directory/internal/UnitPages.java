package vn.dangnhap.directory.internal;

import vn.dangnhap.admin.AdminForms;
import vn.dangnhap.admin.ActingAdmin;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.OrganisationUnit;
import vn.dangnhap.directory.UnitInput;
import vn.dangnhap.directory.UnitKind;
import vn.dangnhap.shared.DomainException;
import vn.dangnhap.shared.InvalidInputException;

/** Console pages for organisation units: the indented tree, create, edit, disable and enable. */
@Controller
@RequestMapping("/admin/units")
class UnitPages {

    private static final Set<String> FIELDS = Set.of("code", "name", "kind", "parentCode");

    private final UnitAdministration units;
    private final Directory directory;
    private final AdminForms errors;

    UnitPages(UnitAdministration units, Directory directory, AdminForms errors) {
        this.units = units;
        this.directory = directory;
        this.errors = errors;
    }

    /** The unit form as typed; {@code kind} stays text so a bad value is reported, not a binding failure. */
    record UnitForm(String code, String name, String kind, String parentCode) {

        static UnitForm of(OrganisationUnit u) {
            return new UnitForm(u.code(), u.name(), u.kind().name(), u.parentCode());
        }

        UnitInput input() {
            return new UnitInput(code, name, kind(kind), parentCode);
        }

        private static UnitKind kind(String kind) {
            if (kind == null || kind.isBlank()) {
                return null;
            }
            try {
                return UnitKind.valueOf(kind.strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("kind", "unit.kind.required");
            }
        }
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("rows", units.tree());
        return "admin/units";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        return form(model, new UnitForm("", "", "", ""), null, Map.of());
    }

    @PostMapping
    String create(@ModelAttribute UnitForm form, ActingAdmin admin,
                  HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            OrganisationUnit unit = units.create(admin, form.input());
            return saved(redirect, "admin.units.created", unit.code());
        } catch (DomainException e) {
            response.setStatus(400);
            return form(model, form, null, errors.errors(e, locale, FIELDS, Map.of("unitCode", "code")));
        }
    }

    @GetMapping("/{code}/edit")
    String editForm(@PathVariable String code, Model model) {
        OrganisationUnit unit = directory.unit(code);
        return form(model, UnitForm.of(unit), unit, Map.of());
    }

    @PostMapping("/{code}")
    String update(@PathVariable String code, @ModelAttribute UnitForm form, ActingAdmin admin, HttpServletResponse response, Model model, Locale locale,
                  RedirectAttributes redirect) {
        OrganisationUnit current = directory.unit(code);
        try {
            units.update(admin, code, form.input());
            return saved(redirect, "admin.units.updated", current.code());
        } catch (DomainException e) {
            response.setStatus(400);
            return form(model, new UnitForm(current.code(), form.name(), form.kind(), form.parentCode()), current,
                    errors.errors(e, locale, FIELDS, Map.of("unitCode", "parentCode")));
        }
    }

    @PostMapping("/{code}/disable")
    String disable(@PathVariable String code, ActingAdmin admin,
                   RedirectAttributes redirect) {
        OrganisationUnit unit = units.setEnabled(admin, code, false);
        return saved(redirect, "admin.units.disabled", unit.code());
    }

    @PostMapping("/{code}/enable")
    String enable(@PathVariable String code, ActingAdmin admin,
                  RedirectAttributes redirect) {
        OrganisationUnit unit = units.setEnabled(admin, code, true);
        return saved(redirect, "admin.units.enabled", unit.code());
    }

    private String form(Model model, UnitForm form, OrganisationUnit editing, Map<String, String> fieldErrors) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("kinds", Arrays.asList(UnitKind.values()));
        model.addAttribute("parents", units.tree());
        model.addAttribute("fieldErrors", fieldErrors);
        return "admin/unit-form";
    }

    private static String saved(RedirectAttributes redirect, String notice, String code) {
        redirect.addFlashAttribute("notice", notice);
        redirect.addFlashAttribute("noticeArg", code);
        return "redirect:/admin/units";
    }
}
