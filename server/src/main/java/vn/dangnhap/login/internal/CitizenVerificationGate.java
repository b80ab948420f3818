package vn.dangnhap.login.internal;

import vn.dangnhap.citizen.CitizenAccount;
import vn.dangnhap.citizen.CitizenAccounts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;
import vn.dangnhap.login.SignedInCitizen;

/**
 * What stands between a legacy citizen's password login and the page asked for: an account without
 * a verified personal identification number goes to {@code /account/verify} first
 * ({@link CitizenVerificationFilter} holds every other page until then). Whether the account is
 * verified is read from the citizen module at every request of a citizen's session; once verified
 * (or signed in with VNeID) the session is let go. The page asked for is kept in the session and
 * opened afterwards ({@code /account/verify/continue}); the verification page itself is module citizen's.
 */
@Component
class CitizenVerificationGate {

    static final String VERIFY_PAGE = "/account/verify";
    /** Session attribute: where to go once verification is done. */
    static final String CONTINUE_TO = CitizenVerificationGate.class.getName() + ".CONTINUE_TO";

    private final RequestCache requestCache = new HttpSessionRequestCache();
    private final CitizenAccounts citizens;

    CitizenVerificationGate(CitizenAccounts citizens) {
        this.citizens = citizens;
    }

    /** Called after a successful password login; true when it sent the browser to the verification page. */
    boolean interceptsAfterLogin(HttpServletRequest request, HttpServletResponse response, SignedInCitizen citizen)
            throws IOException {
        if (verified(citizen.accountId())) {
            return false;
        }
        HttpSession session = request.getSession();
        SavedRequest saved = requestCache.getRequest(request, response);
        // Saved by Spring Security from this server's own request: not an open redirect.
        session.setAttribute(CONTINUE_TO, saved == null ? "/" : saved.getRedirectUrl());
        if (saved != null) {
            requestCache.removeRequest(request, response);
        }
        response.sendRedirect(request.getContextPath() + VERIFY_PAGE);
        return true;
    }

    /**
     * True when the session belongs to a citizen whose number is not verified yet, read from the
     * account (one indexed look-up, citizens' sessions only): proven in this session or another one,
     * the hold ends at once.
     */
    boolean mustVerify(HttpSession session) {
        return session != null
                && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext context
                && context.getAuthentication() != null
                && context.getAuthentication().getPrincipal() instanceof SignedInCitizen citizen
                && !verified(citizen.accountId());
    }

    private boolean verified(java.util.UUID accountId) {
        return citizens.find(accountId).map(CitizenAccount::verified).orElse(false);
    }

    /** The page to open once verification is over (and forgets it); the portal by default. */
    static String takeTarget(HttpSession session) {
        Object target = session.getAttribute(CONTINUE_TO);
        session.removeAttribute(CONTINUE_TO);
        return target instanceof String url ? url : "/";
    }
}
