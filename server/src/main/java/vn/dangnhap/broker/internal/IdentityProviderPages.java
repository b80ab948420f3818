package vn.dangnhap.broker.internal;

import vn.dangnhap.admin.AdminForms;
import vn.dangnhap.admin.ActingAdmin;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangnhap.broker.IdentityProvider;
import vn.dangnhap.broker.IdentityProviderInput;
import vn.dangnhap.broker.IdentityProviders;
import vn.dangnhap.shared.DomainException;

/**
 * Console pages for the upstream identity providers ("Đăng nhập bằng VNeID"): list, add (blank or
 * from the VNeID preset), change, enable/disable; and the form on an official's page that sets the
 * official's verified personal identification number.
 */
@Controller
class IdentityProviderPages {

    private static final Set<String> FIELDS = Set.of("alias", "label", "icon", "issuer", "clientId", "clientSecret", "scopes",
            "pinClaims", "nameClaims", "birthDateClaim", "birthDateFormat", "ialClaim");

    private final IdentityProviderAdministration administration;
    private final IdentityProviders providers;
    private final AdminForms errors;

    IdentityProviderPages(IdentityProviderAdministration administration, IdentityProviders providers, AdminForms errors) {
        this.administration = administration;
        this.providers = providers;
        this.errors = errors;
    }

    /** As typed; unticked check boxes are absent, hence the Strings. The secret is never sent back. */
    record ProviderForm(String alias, String label, String icon, String issuer, String clientId, String clientSecret,
                        String scopes, String pinClaims, String nameClaims, String birthDateClaim, String birthDateFormat,
                        String ialClaim, String allowOfficials, String enabled) {

        static ProviderForm of(IdentityProvider p) {
            return new ProviderForm(p.alias(), p.label(), p.icon(), p.issuer(), p.clientId(), "", p.scopeString(),
                    String.join(" ", p.mapping().pinClaims()), String.join(" ", p.mapping().nameClaims()),
                    p.mapping().birthDateClaim(), p.mapping().birthDateFormat(), p.mapping().ialClaim(),
                    p.allowOfficials() ? "on" : null, p.enabled() ? "on" : null);
        }

        static ProviderForm of(IdentityProviderInput p) {
            return new ProviderForm(p.alias(), p.label(), p.icon(), p.issuer(), p.clientId(), "", p.scopes(), p.pinClaims(),
                    p.nameClaims(), p.birthDateClaim(), p.birthDateFormat(), p.ialClaim(), null, "on");
        }

        IdentityProviderInput input() {
            return new IdentityProviderInput(alias, null, label, icon, issuer, clientId, clientSecret, scopes, pinClaims,
                    nameClaims, birthDateClaim, birthDateFormat, ialClaim, allowOfficials != null, enabled != null);
        }

        ProviderForm withoutSecret() {
            return new ProviderForm(alias, label, icon, issuer, clientId, "", scopes, pinClaims, nameClaims, birthDateClaim,
                    birthDateFormat, ialClaim, allowOfficials, enabled);
        }
    }

    @GetMapping("/admin/identity-providers")
    String list(Model model) {
        model.addAttribute("providers", administration.all());
        return "admin/identity-providers";
    }

    @GetMapping("/admin/identity-providers/new")
    String newForm(@RequestParam(required = false) String preset, Model model) {
        ProviderForm form = "vneid".equals(preset) ? ProviderForm.of(providers.vneidPreset())
                : new ProviderForm("", "", "", "", "", "", "openid profile email", "", "", "", "", "", null, "on");
        return form(model, form, null, Map.of());
    }

    @PostMapping("/admin/identity-providers")
    String create(@ModelAttribute ProviderForm form, ActingAdmin admin,
                  HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            IdentityProvider created = administration.create(admin, form.input());
            return saved(redirect, "admin.idp.created", created.alias());
        } catch (DomainException e) {
            response.setStatus(e instanceof vn.dangnhap.shared.ConflictException ? 409 : 400);
            return form(model, form.withoutSecret(), null, errors.errors(e, locale, FIELDS, Map.of()));
        }
    }

    @GetMapping("/admin/identity-providers/{alias}/edit")
    String editForm(@PathVariable String alias, Model model) {
        IdentityProvider provider = administration.one(alias);
        return form(model, ProviderForm.of(provider), provider, Map.of());
    }

    @PostMapping("/admin/identity-providers/{alias}")
    String update(@PathVariable String alias, @ModelAttribute ProviderForm form, ActingAdmin admin, HttpServletResponse response, Model model, Locale locale,
                  RedirectAttributes redirect) {
        IdentityProvider current = administration.one(alias);
        try {
            administration.update(admin, alias, form.input());
            return saved(redirect, "admin.idp.updated", alias);
        } catch (DomainException e) {
            response.setStatus(e instanceof vn.dangnhap.shared.ConflictException ? 409 : 400);
            return form(model, form.withoutSecret(), current, errors.errors(e, locale, FIELDS, Map.of()));
        }
    }

    @PostMapping("/admin/identity-providers/{alias}/{change:enable|disable}")
    String enable(@PathVariable String alias, @PathVariable String change, ActingAdmin admin, RedirectAttributes redirect) {
        boolean enabled = "enable".equals(change);
        administration.setEnabled(admin, alias, enabled);
        return saved(redirect, enabled ? "admin.idp.notice.enabled" : "admin.idp.notice.disabled", alias);
    }

    /** The official's verified personal identification number, from the official's page. */
    @PostMapping("/admin/officials/{id}/verified-pin")
    String officialPin(@PathVariable UUID id, @RequestParam(required = false) String verifiedPin,
                       ActingAdmin admin, Locale locale,
                       RedirectAttributes redirect) {
        try {
            var official = administration.setOfficialPin(admin, id, verifiedPin);
            redirect.addFlashAttribute("notice", "admin.officials.pin-saved");
            redirect.addFlashAttribute("noticeArg", official.email().value());
        } catch (DomainException e) {
            redirect.addFlashAttribute("pinError", errors.errors(e, locale, Set.of("verifiedPin"), Map.of()).values().iterator().next());
        }
        return "redirect:/admin/officials/" + id + "/edit";
    }

    private String form(Model model, ProviderForm form, IdentityProvider editing, Map<String, String> fieldErrors) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("fieldErrors", fieldErrors);
        return "admin/identity-provider-form";
    }

    private static String saved(RedirectAttributes redirect, String notice, String alias) {
        redirect.addFlashAttribute("notice", notice);
        redirect.addFlashAttribute("noticeArg", alias);
        return "redirect:/admin/identity-providers";
    }
}
