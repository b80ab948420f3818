package vn.dangnhap.cas.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
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
import vn.dangnhap.shared.ClientInfo;
import vn.dangnhap.login.SessionLogin;
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
 *   <li>{@code renew=true}: the SSO session is ended (applications are logged out of it, as on
 *       any logout) and the official signs in again; the ticket then says "from new login".</li>
 * </ul>
 */
@Controller
class CasLoginController {

    /** Session attribute: this session's next ticket follows a password typed because of {@code renew}. */
    static final String RENEWED = CasLoginController.class.getName() + ".renewed";
    /** Session attribute: when this endpoint last sent the browser to the login page (a login after it is a new login). */
    static final String SENT_TO_LOGIN = CasLoginController.class.getName() + ".sentToLogin";

    private final CasServices services;
    private final Tickets tickets;
    private final ApplicationEntry entry;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final HttpSessionRequestCache requestCache = new HttpSessionRequestCache();

    CasLoginController(CasServices services, Tickets tickets, ApplicationEntry entry, Accounts accounts,
                       ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.services = services;
        this.tickets = tickets;
        this.entry = entry;
        this.accounts = accounts;
        this.events = events;
    }

    @GetMapping("/cas/login")
    ModelAndView login(@RequestParam(required = false) String service, @RequestParam(required = false) String renew,
                 @RequestParam(required = false) String gateway, @AuthenticationPrincipal SignedInAccount signedIn,
                 HttpServletRequest request, HttpServletResponse response) throws ServletException {
        if (service == null || service.isBlank()) {
            // No service: nothing to hand a ticket to; the portal is the place to go.
            return signedIn == null ? toLoginPage(request, response, false) : redirectTo("/");
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
        if (account == null) {
            // The session outlived its account (never deleted, but be safe): sign in again.
            request.logout();
            return toLoginPage(request, response, false);
        }
        if (entry.enter(account, app.code(), EntryProtocol.CAS, client) instanceof Entry.Refused refused) {
            return new ModelAndView(EntryRefusalPage.view(request, refused));
        }
        if (renewed) {
            session.removeAttribute(RENEWED);
        }
        String sid = SessionSid.of(request.getSession());
        Optional<SessionLogin> login = SessionLogin.of(request);
        boolean newLogin = cameBackFromTheLoginPage(session, login) || renewed;
        var ticket = tickets.serviceTicket(app, service, account, sid, newLogin, login);
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

    /**
     * CAS 3.0 {@code isFromNewLogin}: the person typed their password after this endpoint sent them
     * to the login page — not an SSO session found already open.
     */
    private static boolean cameBackFromTheLoginPage(HttpSession session, Optional<SessionLogin> login) {
        if (session == null || !(session.getAttribute(SENT_TO_LOGIN) instanceof Instant sent)) {
            return false;
        }
        session.removeAttribute(SENT_TO_LOGIN);
        return login.filter(l -> !l.authenticatedAt().isBefore(sent)).isPresent();
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
        request.getSession().setAttribute(SENT_TO_LOGIN, clock.instant());
        if (renew) {
            request.getSession().setAttribute(RENEWED, Boolean.TRUE);
        }
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
