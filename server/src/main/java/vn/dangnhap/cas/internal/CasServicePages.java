package vn.dangnhap.cas.internal;

import vn.dangnhap.admin.AdminForms;
import vn.dangnhap.admin.ActingAdmin;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
import vn.dangnhap.cas.CasService;
import vn.dangnhap.cas.CasServiceInput;
import vn.dangnhap.cas.CasServices;
import vn.dangnhap.directory.Application;
import vn.dangnhap.directory.ApplicationCatalogue;
import vn.dangnhap.shared.DomainException;

/** Console page for an application's CAS registration: service URL pattern and single logout. */
@Controller
@RequestMapping("/admin/applications/{code}/cas")
class CasServicePages {

    private static final Set<String> FIELDS = Set.of("servicePattern");

    private final CasServiceAdministration administration;
    private final CasServices services;
    private final ApplicationCatalogue catalogue;
    private final AdminForms errors;

    CasServicePages(CasServiceAdministration administration, CasServices services, ApplicationCatalogue catalogue,
                    AdminForms errors) {
        this.administration = administration;
        this.services = services;
        this.catalogue = catalogue;
        this.errors = errors;
    }

    /** As typed; an unticked check box is absent, hence the String. */
    record CasServiceForm(String servicePattern, String sloEnabled) {}

    @GetMapping
    String show(@PathVariable String code, Model model) {
        Application app = catalogue.application(code);
        Optional<CasService> service = services.find(app.code());
        CasServiceForm form = service.map(s -> new CasServiceForm(s.servicePattern(), s.sloEnabled() ? "on" : null))
                .orElse(new CasServiceForm("", "on"));
        return page(model, app, service.orElse(null), form, Map.of());
    }

    @PostMapping
    String save(@PathVariable String code, @ModelAttribute CasServiceForm form, ActingAdmin admin, HttpServletResponse response, Model model, Locale locale,
                RedirectAttributes redirect) {
        Application app = catalogue.application(code);
        Optional<CasService> current = services.find(app.code());
        CasServiceInput input = new CasServiceInput(app.code(), app.name(), form.servicePattern(), form.sloEnabled() != null);
        try {
            if (current.isPresent()) {
                administration.update(admin, app.code(), input);
            } else {
                administration.create(admin, input);
            }
            return saved(redirect, "admin.cas.saved", app.code());
        } catch (DomainException e) {
            response.setStatus(400);
            return page(model, app, current.orElse(null), form, errors.errors(e, locale, FIELDS, Map.of()));
        }
    }

    @PostMapping("/disable")
    String disable(@PathVariable String code, ActingAdmin admin,
                   RedirectAttributes redirect) {
        administration.setEnabled(admin, code, false);
        return saved(redirect, "admin.cas.disabled", code);
    }

    @PostMapping("/enable")
    String enable(@PathVariable String code, ActingAdmin admin,
                  RedirectAttributes redirect) {
        administration.setEnabled(admin, code, true);
        return saved(redirect, "admin.cas.enabled", code);
    }

    private String page(Model model, Application app, CasService service, CasServiceForm form, Map<String, String> fieldErrors) {
        model.addAttribute("application", app);
        model.addAttribute("service", service);
        model.addAttribute("form", form);
        model.addAttribute("fieldErrors", fieldErrors);
        return "cas/admin-service";
    }

    private static String saved(RedirectAttributes redirect, String notice, String code) {
        redirect.addFlashAttribute("notice", notice);
        redirect.addFlashAttribute("noticeArg", code);
        return "redirect:/admin/applications/" + code + "/cas";
    }
}
