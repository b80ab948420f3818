package vn.dangnhap.cas.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;
import vn.dangnhap.cas.CasLoginRefused;
import vn.dangnhap.cas.CasService;
import vn.dangnhap.cas.CasServices;
import vn.dangnhap.cas.CasTicketIssued;
import vn.dangnhap.citizen.CitizenAccount;
import vn.dangnhap.citizen.CitizenAccounts;
import vn.dangnhap.directory.AppAccessPolicy;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.OfficialAccount;
import vn.dangnhap.linking.AccountLinks;
import vn.dangnhap.login.ClientInfo;
import vn.dangnhap.login.SignedInAccount;
import vn.dangnhap.login.SignedInCitizen;
import vn.dangnhap.login.SignedInOfficial;
import vn.dangnhap.login.SsoSessionEnded;

/**
 * CAS Protocol 3.0 §2.1 {@code /cas/login} (credential requestor only: the credentials are taken
 * by the platform's own login page) and §2.3 {@code /cas/logout}. The SSO session is the same
 * HTTP session the portal and the OpenID Connect provider use.
 *
 * <ul>
 *   <li>Signed in: the service must be registered and enabled, the application must be for
 *       this kind of account (officials: audience and the directory's unit/role rules; citizens:
 *       an audience that includes citizens, verified ones if the application asks), and a link the application requires must exist; then a
 *       service ticket is issued and the browser sent to {@code service?ticket=ST-…}.</li>
 *   <li>Not signed in: {@code gateway=true} goes back to the service without a ticket; otherwise
 *       the request is saved and the browser sent to {@code /login}, which returns here.</li>
 *   <li>{@code renew=true}: the SSO session is ended (applications are logged out of it, as on
 *       any logout) and the official signs in again; the ticket then says "from new login".</li>
 * </ul>
 */
@Controller
class CasLoginController {

    /** Session attribute: this session's next ticket follows a password typed because of {@code renew}. */
    static final String RENEWED = CasLoginController.class.getName() + ".renewed";

    private final CasServices services;
    private final Tickets tickets;
    private final Directory directory;
    private final AppAccessPolicy access;
    private final AccountLinks links;
    private final CitizenAccounts citizens;
    private final ApplicationEventPublisher events;
    private final String helpdesk;
    private final HttpSessionRequestCache requestCache = new HttpSessionRequestCache();

    CasLoginController(CasServices services, Tickets tickets, Directory directory, AppAccessPolicy access,
                       AccountLinks links, CitizenAccounts citizens, ApplicationEventPublisher events,
                       @Value("${dangnhap.branding.helpdesk:}") String helpdesk) {
        this.services = services;
        this.tickets = tickets;
        this.directory = directory;
        this.access = access;
        this.links = links;
        this.citizens = citizens;
        this.events = events;
        this.helpdesk = helpdesk;
    }

    @GetMapping("/cas/login")
    ModelAndView login(@RequestParam(required = false) String service, @RequestParam(required = false) String renew,
                 @RequestParam(required = false) String gateway, @AuthenticationPrincipal SignedInAccount signedIn,
                 HttpServletRequest request, HttpServletResponse response, Model model) throws ServletException {
        if (service == null || service.isBlank()) {
            // No service: nothing to hand a ticket to; the portal is the place to go.
            return signedIn == null ? toLoginPage(request, response, false) : redirectTo("/");
        }
        ClientInfo client = ClientInfo.of(request);
        Optional<CasService> registration = services.forServiceUrl(service);
        if (registration.isEmpty() || !registration.get().enabled()) {
            events.publishEvent(new CasLoginRefused(signedIn == null ? null : signedIn.accountId(),
                    signedIn == null ? null : signedIn.loginName(), registration.map(CasService::code).orElse(null), cut(service),
                    registration.isEmpty() ? "UNREGISTERED_SERVICE" : "SERVICE_DISABLED", client));
            return refused(response, model, "cas.refused.unregistered", null);
        }
        CasService app = registration.get();
        boolean renewWanted = "true".equalsIgnoreCase(renew);
        HttpSession session = request.getSession(false);
        boolean renewed = session != null && session.getAttribute(RENEWED) != null;
        if (signedIn == null) {
            if ("true".equalsIgnoreCase(gateway) && !renewWanted) {
                return redirectTo(service);
            }
            return toLoginPage(request, response, renewWanted);
        }
        if (renewWanted && !renewed) {
            request.logout();
            return toLoginPage(request, response, true);
        }
        Optional<String> refusal = refusal(signedIn, app.code());
        if (refusal.isPresent()) {
            events.publishEvent(new CasLoginRefused(signedIn.accountId(), who(signedIn), app.code(), cut(service),
                    auditReason(refusal.get()), client));
            return refused(response, model, refusal.get(), app.name());
        }
        if (links.releaseRule(app.code()).linkRequired() && links.linkedName(signedIn.accountId(), app.code()).isEmpty()) {
            String reference = links.reportMissingLink(signedIn.accountId(), app.code(), client.ip(), client.userAgent());
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("reference", reference);
            model.addAttribute("applicationName", app.name());
            model.addAttribute("helpdesk", helpdesk);
            return new ModelAndView("link-missing");
        }
        if (renewed) {
            session.removeAttribute(RENEWED);
        }
        String sid = SsoSessionEnded.sidOf(request.getSession().getId());
        var ticket = tickets.serviceTicket(app, service, signedIn.accountId(), sid, renewed);
        events.publishEvent(new CasTicketIssued("ST", signedIn.accountId(), who(signedIn), app.code(), cut(service), client));
        return redirectTo(withTicket(service, ticket.id()));
    }

    /**
     * The message key when the signed-in account may not open the application: an official needs
     * an application for officials and a matching unit/role rule; a citizen an active account and
     * an application for citizens (verified ones, if it asks).
     */
    private Optional<String> refusal(SignedInAccount signedIn, String applicationCode) {
        return switch (signedIn) {
            case SignedInOfficial o -> {
                if (!access.forOfficials(applicationCode)) {
                    yield Optional.of("app.refused.citizens-only");
                }
                OfficialAccount official = directory.official(o.accountId());
                yield access.mayOpen(official, applicationCode) ? Optional.empty() : Optional.of("cas.refused.access");
            }
            case SignedInCitizen c -> {
                Optional<CitizenAccount> account = citizens.find(c.accountId()).filter(CitizenAccount::canSignIn);
                if (account.isEmpty()) {
                    yield Optional.of("app.refused.account-closed");
                }
                yield switch (access.citizenAccess(applicationCode, account.get().verified())) {
                    case ALLOWED -> Optional.empty();
                    case OFFICIALS_ONLY -> Optional.of("app.refused.officials-only");
                    case VERIFICATION_REQUIRED -> Optional.of("app.refused.verification-required");
                };
            }
        };
    }

    /** {@code cas.refused.access} → {@code ACCESS_DENIED}; {@code app.refused.officials-only} → {@code OFFICIALS_ONLY}… */
    private static String auditReason(String messageKey) {
        return messageKey.equals("cas.refused.access") ? "ACCESS_DENIED"
                : messageKey.substring("app.refused.".length()).replace('-', '_').toUpperCase(java.util.Locale.ROOT);
    }

    /** For the audit trail: the official's e-mail, or the citizen's login name (user name or masked number). */
    private static String who(SignedInAccount signedIn) {
        return signedIn.loginName();
    }

    /**
     * §2.3: ends the SSO session (the applications that got tickets in it are told, single logout)
     * and goes to {@code service} only when it is a registered, enabled service.
     */
    @GetMapping("/cas/logout")
    ModelAndView logout(@RequestParam(required = false) String service, HttpServletRequest request) throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (service != null && services.forServiceUrl(service).filter(CasService::enabled).isPresent()) {
            return redirectTo(service);
        }
        return redirectTo("/login?logout");
    }

    /** Saves this request (without {@code renew}, so the return does not start over) and goes to the login page. */
    private ModelAndView toLoginPage(HttpServletRequest request, HttpServletResponse response, boolean renew) {
        HttpServletRequest withoutRenew = new HttpServletRequestWrapper(request) {
            @Override
            public String getQueryString() {
                String query = super.getQueryString();
                if (query == null) {
                    return null;
                }
                String kept = String.join("&", java.util.Arrays.stream(query.split("&"))
                        .filter(p -> !p.startsWith("renew=") && !p.equals("renew")).toList());
                return kept.isEmpty() ? null : kept;
            }
        };
        requestCache.saveRequest(withoutRenew, response);
        if (renew) {
            request.getSession().setAttribute(RENEWED, Boolean.TRUE);
        }
        return redirectTo("/login");
    }

    private ModelAndView refused(HttpServletResponse response, Model model, String reasonKey, String applicationName) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("reasonKey", reasonKey);
        model.addAttribute("applicationName", applicationName);
        model.addAttribute("helpdesk", helpdesk);
        return new ModelAndView("app-refused");
    }

    /** A redirect that takes the URL as it is: no URI template expansion, no model in the query. */
    static ModelAndView redirectTo(String url) {
        RedirectView view = new RedirectView(url, true);
        view.setExpandUriTemplateVariables(false);
        view.setExposeModelAttributes(false);
        return new ModelAndView(view);
    }

    /** §2.2.4: the ticket as a {@code ticket} parameter; an existing query and a fragment are kept. */
    static String withTicket(String service, String ticket) {
        return UriComponentsBuilder.fromUriString(service).queryParam("ticket", ticket).build().toUriString();
    }

    private static String cut(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }
}
