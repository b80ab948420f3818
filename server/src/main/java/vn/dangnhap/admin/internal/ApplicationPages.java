package vn.dangnhap.admin.internal;

import jakarta.servlet.http.HttpServletRequest;
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
import vn.dangnhap.admin.internal.ApplicationAdministration.ApplicationRow;
import vn.dangnhap.login.SignedInOfficial;
import vn.dangnhap.entry.Application;
import vn.dangnhap.entry.ApplicationInput;
import vn.dangnhap.entry.TileIcon;
import vn.dangnhap.shared.DomainException;
import vn.dangnhap.shared.InvalidInputException;

/** Console pages for applications (portal tiles) and their access rules. */
@Controller
@RequestMapping("/admin/applications")
class ApplicationPages {

    private static final Set<String> FIELDS = Set.of("code", "name", "description", "icon", "launchUrl", "sortOrder", "accessRules", "audience");

    private final ApplicationAdministration applications;
    private final FormErrors errors;

    ApplicationPages(ApplicationAdministration applications, FormErrors errors) {
        this.applications = applications;
        this.errors = errors;
    }

    /** The application form as typed; access rules one per line; sort order as text so "abc" is reported, not a 500. */
    record ApplicationForm(String code, String name, String description, String icon, String launchUrl, String sortOrder,
                           String accessRules, String audience, Boolean verifiedCitizensOnly, Boolean releasePersonalIdentifier) {

        static ApplicationForm of(ApplicationRow row) {
            Application a = row.application();
            return new ApplicationForm(a.code(), a.name(), a.description(), a.icon().name(), a.launchUrl().toString(),
                    Integer.toString(a.sortOrder()), String.join("\n", row.accessRules()), row.audience().audience().name(),
                    row.audience().verifiedCitizensOnly(), row.audience().releasePersonalIdentifier());
        }

        /** Unticked boxes send nothing: the form always shows both, so absent means false. */
        ApplicationAdministration.AudienceInput audienceInput() {
            return new ApplicationAdministration.AudienceInput(audience == null ? "" : audience,
                    Boolean.TRUE.equals(verifiedCitizensOnly), Boolean.TRUE.equals(releasePersonalIdentifier));
        }

        ApplicationInput input() {
            return new ApplicationInput(code, name, description, icon, launchUrl, parsedSortOrder());
        }

        private Integer parsedSortOrder() {
            if (sortOrder == null || sortOrder.isBlank()) {
                return null;
            }
            try {
                return Integer.valueOf(sortOrder.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("sortOrder", "admin.sort-order.invalid");
            }
        }
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("applications", applications.all());
        return "admin/applications";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        return form(model, new ApplicationForm("", "", "", "GENERIC", "https://", "0", "", "OFFICIALS", true, false), null, Map.of());
    }

    @PostMapping
    String create(@ModelAttribute ApplicationForm form, @AuthenticationPrincipal SignedInOfficial admin,
                  HttpServletRequest request, HttpServletResponse response, Model model, Locale locale,
                  RedirectAttributes redirect) {
        try {
            ApplicationRow row = applications.create(AdminActor.of(admin, request), form.input(),
                    ApplicationAdministration.lines(form.accessRules()), form.audienceInput());
            return saved(redirect, "admin.applications.created", row.application().code());
        } catch (DomainException e) {
            response.setStatus(400);
            return form(model, form, null, errors.of(e, locale, FIELDS, Map.of()));
        }
    }

    @GetMapping("/{code}/edit")
    String editForm(@PathVariable String code, Model model) {
        ApplicationRow row = applications.one(code);
        return form(model, ApplicationForm.of(row), row.application(), Map.of());
    }

    @PostMapping("/{code}")
    String update(@PathVariable String code, @ModelAttribute ApplicationForm form, @AuthenticationPrincipal SignedInOfficial admin,
                  HttpServletRequest request, HttpServletResponse response, Model model, Locale locale,
                  RedirectAttributes redirect) {
        Application current = applications.one(code).application();
        try {
            applications.update(AdminActor.of(admin, request), code, form.input(), ApplicationAdministration.lines(form.accessRules()),
                    form.audienceInput());
            return saved(redirect, "admin.applications.updated", current.code());
        } catch (DomainException e) {
            response.setStatus(400);
            ApplicationForm again = new ApplicationForm(current.code(), form.name(), form.description(), form.icon(),
                    form.launchUrl(), form.sortOrder(), form.accessRules(), form.audience(), form.verifiedCitizensOnly(),
                    form.releasePersonalIdentifier());
            return form(model, again, current, errors.of(e, locale, FIELDS, Map.of()));
        }
    }

    @PostMapping("/{code}/disable")
    String disable(@PathVariable String code, @AuthenticationPrincipal SignedInOfficial admin, HttpServletRequest request,
                   RedirectAttributes redirect) {
        ApplicationRow row = applications.setEnabled(AdminActor.of(admin, request), code, false);
        return saved(redirect, "admin.applications.disabled", row.application().code());
    }

    @PostMapping("/{code}/enable")
    String enable(@PathVariable String code, @AuthenticationPrincipal SignedInOfficial admin, HttpServletRequest request,
                  RedirectAttributes redirect) {
        ApplicationRow row = applications.setEnabled(AdminActor.of(admin, request), code, true);
        return saved(redirect, "admin.applications.enabled", row.application().code());
    }

    private String form(Model model, ApplicationForm form, Application editing, Map<String, String> fieldErrors) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("icons", Arrays.asList(TileIcon.values()));
        model.addAttribute("audiences", Arrays.asList(vn.dangnhap.directory.AppAudience.Audience.values()));
        model.addAttribute("fieldErrors", fieldErrors);
        return "admin/application-form";
    }

    private static String saved(RedirectAttributes redirect, String notice, String code) {
        redirect.addFlashAttribute("notice", notice);
        redirect.addFlashAttribute("noticeArg", code);
        return "redirect:/admin/applications";
    }
}
