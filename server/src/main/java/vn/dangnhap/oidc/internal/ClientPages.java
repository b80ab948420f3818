package vn.dangnhap.oidc.internal;

import vn.dangnhap.admin.AdminCsvUpload;
import vn.dangnhap.admin.AdminForms;
import vn.dangnhap.admin.ActingAdmin;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangnhap.oidc.ClientType;
import vn.dangnhap.oidc.OidcClient;
import vn.dangnhap.oidc.OidcClientInput;
import vn.dangnhap.oidc.RegisteredClientSecret;
import vn.dangnhap.directory.Application;
import vn.dangnhap.directory.ApplicationCatalogue;
import vn.dangnhap.shared.DomainException;
import vn.dangnhap.shared.InvalidInputException;

/**
 * The "OpenID Connect" page of an application: register it as a client (client id = the
 * application's code, name = its tile name), change its protocol settings, rotate its secret,
 * disable or enable it. A new secret is shown on the answer to the POST that made it, and
 * nowhere else.
 */
@Controller
@RequestMapping("/admin/applications/{code}/oidc")
class ClientPages {

    /** The scopes an admin ticks; {@code openid} is always granted, {@code offline_access} follows the offline checkbox. */
    static final List<String> SCOPES = List.of("profile", "email", "phone", "org");

    private static final Set<String> FIELDS = Set.of("type", "redirectUris", "postLogoutRedirectUris", "backchannelLogoutUri",
            "initiateLoginUri", "scopes", "clientCredentials", "accessTokenSeconds", "refreshTokenSeconds");

    private final ClientAdministration clients;
    private final ApplicationCatalogue applications;
    private final AdminForms errors;

    ClientPages(ClientAdministration clients, ApplicationCatalogue applications, AdminForms errors) {
        this.clients = clients;
        this.applications = applications;
        this.errors = errors;
    }

    /**
     * The form as typed: URIs one per line, lifetimes as text so "abc" is reported, not a 500.
     * An unticked checkbox is not sent at all, hence the nullable flags.
     */
    record ClientForm(String type, String redirectUris, String postLogoutRedirectUris, String backchannelLogoutUri,
                      String initiateLoginUri, List<String> scopes, Boolean firstParty, Boolean offlineAccess,
                      Boolean clientCredentials, String accessTokenSeconds, String refreshTokenSeconds) {

        ClientForm {
            scopes = scopes == null ? List.of() : List.copyOf(scopes);
            firstParty = Boolean.TRUE.equals(firstParty);
            offlineAccess = Boolean.TRUE.equals(offlineAccess);
            clientCredentials = Boolean.TRUE.equals(clientCredentials);
        }

        static ClientForm blank() {
            return new ClientForm("CONFIDENTIAL", "https://", "", "", "", List.of("profile", "email"), false, false, false,
                    "300", "28800");
        }

        static ClientForm of(OidcClient c) {
            return new ClientForm(c.type().name(), lines(c.redirectUris()), lines(c.postLogoutRedirectUris()), text(c.backchannelLogoutUri()),
                    text(c.initiateLoginUri()), SCOPES.stream().filter(c.scopes()::contains).toList(), c.firstParty(),
                    c.offlineAccess(), c.clientCredentials(), Long.toString(c.accessTokenLifetime().toSeconds()),
                    Long.toString(c.refreshTokenLifetime().toSeconds()));
        }

        OidcClientInput input(Application app) {
            ClientType clientType;
            try {
                clientType = type == null || type.isBlank() ? null : ClientType.valueOf(type);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("type", "admin.client.type.invalid");
            }
            return new OidcClientInput(app.code(), app.name(), clientType, AdminCsvUpload.lines(redirectUris),
                    AdminCsvUpload.lines(postLogoutRedirectUris), backchannelLogoutUri, initiateLoginUri, scopes,
                    firstParty, offlineAccess, clientCredentials, seconds("accessTokenSeconds", accessTokenSeconds),
                    seconds("refreshTokenSeconds", refreshTokenSeconds));
        }

        private static Integer seconds(String field, String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return Integer.valueOf(text.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException(field, "admin.client.lifetime.invalid");
            }
        }

        private static String lines(List<URI> uris) {
            return String.join("\n", uris.stream().map(URI::toString).toList());
        }

        private static String text(URI uri) {
            return uri == null ? "" : uri.toString();
        }
    }

    @GetMapping
    String page(@PathVariable String code, Model model) {
        Application app = applications.application(code);
        OidcClient client = clients.find(app.code()).orElse(null);
        return form(model, app, client, client == null ? ClientForm.blank() : ClientForm.of(client), Map.of());
    }

    @PostMapping("/register")
    String register(@PathVariable String code, @ModelAttribute ClientForm form, ActingAdmin admin, HttpServletResponse response, Model model, Locale locale,
                    RedirectAttributes redirect) {
        Application app = applications.application(code);
        try {
            RegisteredClientSecret registered = clients.register(admin, form.input(app));
            if (registered.secret() == null) {
                return saved(redirect, "admin.client.registered", app.code());
            }
            return secret(model, response, app, registered, "admin.client.registered");
        } catch (DomainException e) {
            response.setStatus(400);
            return form(model, app, clients.find(app.code()).orElse(null), form, errors.errors(e, locale, FIELDS, Map.of()));
        }
    }

    @PostMapping
    String update(@PathVariable String code, @ModelAttribute ClientForm form, ActingAdmin admin, HttpServletResponse response, Model model, Locale locale,
                  RedirectAttributes redirect) {
        Application app = applications.application(code);
        OidcClient current = clients.one(app.code());
        ClientForm typed = new ClientForm(current.type().name(), form.redirectUris(), form.postLogoutRedirectUris(),
                form.backchannelLogoutUri(), form.initiateLoginUri(), form.scopes(), form.firstParty(), form.offlineAccess(),
                form.clientCredentials(), form.accessTokenSeconds(), form.refreshTokenSeconds());
        try {
            clients.update(admin, app.code(), typed.input(app));
            return saved(redirect, "admin.client.updated", app.code());
        } catch (DomainException e) {
            response.setStatus(400);
            return form(model, app, current, typed, errors.errors(e, locale, FIELDS, Map.of()));
        }
    }

    @PostMapping("/secret")
    String rotateSecret(@PathVariable String code, ActingAdmin admin,
                        HttpServletResponse response, Model model) {
        Application app = applications.application(code);
        return secret(model, response, app, clients.rotateSecret(admin, app.code()), "admin.client.secret-rotated");
    }

    @PostMapping("/disable")
    String disable(@PathVariable String code, ActingAdmin admin,
                   RedirectAttributes redirect) {
        OidcClient client = clients.setEnabled(admin, code, false);
        return saved(redirect, "admin.client.disabled", client.clientId());
    }

    @PostMapping("/enable")
    String enable(@PathVariable String code, ActingAdmin admin,
                  RedirectAttributes redirect) {
        OidcClient client = clients.setEnabled(admin, code, true);
        return saved(redirect, "admin.client.enabled", client.clientId());
    }

    private String form(Model model, Application app, OidcClient client, ClientForm form, Map<String, String> fieldErrors) {
        model.addAttribute("app", app);
        model.addAttribute("client", client);
        model.addAttribute("form", form);
        model.addAttribute("scopes", SCOPES);
        model.addAttribute("types", List.of(ClientType.values()));
        model.addAttribute("fieldErrors", fieldErrors);
        return "admin/client-form";
    }

    /** The one page that ever shows the secret: not cached, not kept in the session. */
    private static String secret(Model model, HttpServletResponse response, Application app, RegisteredClientSecret secret,
                                 String notice) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        model.addAttribute("app", app);
        model.addAttribute("clientId", secret.client().clientId());
        model.addAttribute("secret", secret.secret());
        model.addAttribute("notice", notice);
        model.addAttribute("noticeArg", secret.client().clientId());
        return "admin/client-secret";
    }

    private static String saved(RedirectAttributes redirect, String notice, String code) {
        redirect.addFlashAttribute("notice", notice);
        redirect.addFlashAttribute("noticeArg", code);
        return "redirect:/admin/applications/" + code + "/oidc";
    }
}
