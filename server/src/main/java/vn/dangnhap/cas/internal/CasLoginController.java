package vn.dangnhap.cas.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;
import vn.dangnhap.cas.CasService;
import vn.dangnhap.cas.CasServices;
import vn.dangnhap.cas.CasTicketIssued;
import vn.dangnhap.entry.ApplicationEntry;
import vn.dangnhap.entry.Entry;
import vn.dangnhap.entry.EntryProtocol;
import vn.dangnhap.entry.EntryRefusalPage;
import vn.dangnhap.entry.RefusalReason;
import vn.dangnhap.login.Account;
import vn.dangnhap.login.Accounts;
import vn.dangnhap.login.Reauthentication;
import vn.dangnhap.login.SessionLogin;
import vn.dangnhap.shared.ClientInfo;
import vn.dangnhap.login.SignedInAccount;
import vn.dangnhap.session.SessionSid;

/**
 * CAS Protocol 3.0 §2.1 {@code /cas/login} (credential requestor only: the credentials are taken
 * by the platform's own login page) and §2.3 {@code /cas/logout}. The SSO session is the same
 * HTTP session the portal and the OpenID Connect provider use.
 *
 * <ul>
 *   <li>Signed in: the service must be registered and enabled, and the entry decision (module
 *       {@code entry}) must admit the account to the service's application; then a service ticket is
 *       issued and the browser sent to {@code service?ticket=ST-…}. Otherwise the one refusal page.</li>
 *   <li>Not signed in: {@code gateway=true} goes back to the service without a ticket; otherwise
 *       the request is saved and the browser sent to {@code /login}, which returns here.</li>
 *   <li>{@code renew=true} (§2.1.1): the official proves who they are again — the password, on the
 *       login module's re-authentication page ({@link Reauthentication}) — and the same SSO session
 *       continues (no application is logged out). A ticket issued right after a login or a
 *       re-authentication is "from new login", which {@code renew=true} at validation requires;
 *       one issued from the SSO session alone is not.</li>
 * </ul>
 */
@Controller
class CasLoginController {

    private final CasServices services;
    private final Tickets tickets;
    private final ApplicationEntry entry;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Reauthentication reauthentication;
    private final HttpSessionRequestCache requestCache = new HttpSessionRequestCache();

    CasLoginController(CasServices services, Tickets tickets, ApplicationEntry entry, Accounts accounts,
                       ApplicationEventPublisher events, Reauthentication reauthentication) {
        this.reauthentication = reauthentication;
        this.services = services;
        this.tickets = tickets;
        this.entry = entry;
        this.accounts = accounts;
        this.events = events;
    }

    @GetMapping("/cas/login")
    ModelAndView login(@RequestParam(required = false) String service, @RequestParam(required = false) String renew,
                 @RequestParam(required = false) String gateway, @AuthenticationPrincipal SignedInAccount signedIn,
                 HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (service == null || service.isBlank()) {
            // No service: nothing to hand a ticket to; the portal is the place to go.
            return signedIn == null ? toLoginPage(request, response) : redirectTo("/");
        }
        ClientInfo client = ClientInfo.of(request);
        Account account = signedIn == null ? null : accounts.of(signedIn).orElse(null);
        Optional<CasService> registration = services.forServiceUrl(service);
        if (registration.isEmpty() || !registration.get().enabled()) {
            Entry.Refused refused = entry.refuse(account, registration.map(CasService::code).orElse(null),
                    registration.isEmpty() ? RefusalReason.NO_APPLICATION : RefusalReason.APPLICATION_DISABLED,
                    EntryProtocol.CAS, client, "service " + cut(service));
            return new ModelAndView(EntryRefusalPage.view(request, refused));
        }
        CasService app = registration.get();
        boolean renewWanted = "true".equalsIgnoreCase(renew);
        if (signedIn == null) {
            if ("true".equalsIgnoreCase(gateway) && !renewWanted) {
                return redirectTo(service);
            }
            return toLoginPage(request, response);
        }
        if (account == null) {
            // The session outlived its account (never deleted, but be safe): sign in again.
            request.logout();
            return toLoginPage(request, response);
        }
        boolean fromNewLogin = reauthentication.freshlyAuthenticated(request);
        if (renewWanted && !fromNewLogin) {
            reauthentication.ask(request, response);
            return null;
        }
        if (entry.enter(account, app.code(), EntryProtocol.CAS, client) instanceof Entry.Refused refused) {
            return new ModelAndView(EntryRefusalPage.view(request, refused));
        }
        String sid = SessionSid.of(request.getSession());
        // CAS 3.0 attributes: when and how the person signed in (remember-me), and whether just now
        var ticket = tickets.serviceTicket(app, service, account, sid, fromNewLogin, SessionLogin.of(request));
        events.publishEvent(new CasTicketIssued("ST", account.id(), account.loginName(), app.code(), cut(service), client));
        return redirectTo(withTicket(service, ticket.id()));
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

    /** Saves this request (the login's continuation, {@code renew} included) and goes to the login page. */
    private ModelAndView toLoginPage(HttpServletRequest request, HttpServletResponse response) {
        requestCache.saveRequest(request, response);
        return redirectTo("/login");
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
