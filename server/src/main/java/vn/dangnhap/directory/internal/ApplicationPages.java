package vn.dangnhap.directory.internal;

import vn.dangnhap.admin.AdminCsvUpload;
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
import vn.dangnhap.directory.internal.ApplicationAdministration.ApplicationRow;
import vn.dangnhap.directory.Application;
import vn.dangnhap.directory.ApplicationInput;
import vn.dangnhap.directory.TileIcon;
import vn.dangnhap.shared.DomainException;
import vn.dangnhap.shared.InvalidInputException;

/** Console pages for applications (portal tiles) and their access rules. */
@Controller
@RequestMapping("/admin/applications")
class ApplicationPages {

    private static final Set<String> FIELDS = Set.of("code", "name", "description", "icon", "launchUrl", "sortOrder", "accessRules", "audience");

    private final ApplicationAdministration applications;
    private final AdminForms errors;

    ApplicationPages(ApplicationAdministration applications, AdminForms errors) {
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
    String create(@ModelAttribute ApplicationForm form, ActingAdmin admin, HttpServletResponse response, Model model, Locale locale,
                  RedirectAttributes redirect) {
        try {
            ApplicationRow row = applications.create(admin, form.input(),
                    AdminCsvUpload.lines(form.accessRules()), form.audienceInput());
            return saved(redirect, "admin.applications.created", row.application().code());
        } catch (DomainException e) {
            response.setStatus(400);
            return form(model, form, null, errors.errors(e, locale, FIELDS, Map.of()));
        }
    }

    @GetMapping("/{code}/edit")
    String editForm(@PathVariable String code, Model model) {
        ApplicationRow row = applications.one(code);
        return form(model, ApplicationForm.of(row), row.application(), Map.of());
    }

    @PostMapping("/{code}")
    String update(@PathVariable String code, @ModelAttribute ApplicationForm form, ActingAdmin admin, HttpServletResponse response, Model model, Locale locale,
                  RedirectAttributes redirect) {
        Application current = applications.one(code).application();
        try {
            applications.update(admin, code, form.input(), AdminCsvUpload.lines(form.accessRules()),
                    form.audienceInput());
            return saved(redirect, "admin.applications.updated", current.code());
        } catch (DomainException e) {
            response.setStatus(400);
            ApplicationForm again = new ApplicationForm(current.code(), form.name(), form.description(), form.icon(),
                    form.launchUrl(), form.sortOrder(), form.accessRules(), form.audience(), form.verifiedCitizensOnly(),
                    form.releasePersonalIdentifier());
            return form(model, again, current, errors.errors(e, locale, FIELDS, Map.of()));
        }
    }

    @PostMapping("/{code}/disable")
    String disable(@PathVariable String code, ActingAdmin admin,
                   RedirectAttributes redirect) {
        ApplicationRow row = applications.setEnabled(admin, code, false);
        return saved(redirect, "admin.applications.disabled", row.application().code());
    }

    @PostMapping("/{code}/enable")
    String enable(@PathVariable String code, ActingAdmin admin,
                  RedirectAttributes redirect) {
        ApplicationRow row = applications.setEnabled(admin, code, true);
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
