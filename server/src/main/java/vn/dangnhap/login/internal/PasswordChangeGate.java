package vn.dangnhap.login.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.OptionalLong;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;
import vn.dangnhap.credential.PasswordCredentials;
import vn.dangnhap.credential.PasswordExpiry;
import vn.dangnhap.credential.PasswordStatus;
import vn.dangnhap.login.SignedInOfficial;

/**
 * What stands between a successful login and the page the official asked for (issue 4): a
 * default password must be changed first ({@code /password/change}; {@link PasswordChangeFilter}
 * holds every other page until then), and a password about to expire is announced
 * ({@code /password/expiring}). The page asked for is kept in the session and opened afterwards.
 */
@Component
class PasswordChangeGate {

    /** Session flag: this session's official still has a default password. */
    static final String MUST_CHANGE = PasswordChangeGate.class.getName() + ".MUST_CHANGE";
    /** Session attribute: where to go once the password step is over. */
    static final String CONTINUE_TO = PasswordChangeGate.class.getName() + ".CONTINUE_TO";
    /** Session attribute: days left before the password expires, for the warning page. */
    static final String DAYS_LEFT = PasswordChangeGate.class.getName() + ".DAYS_LEFT";

    static final String CHANGE_PAGE = "/password/change";
    static final String EXPIRING_PAGE = "/password/expiring";

    private final PasswordCredentials passwords;
    private final PasswordExpiry expiry;
    private final RequestCache requestCache = new HttpSessionRequestCache();

    PasswordChangeGate(PasswordCredentials passwords, PasswordExpiry expiry) {
        this.passwords = passwords;
        this.expiry = expiry;
    }

    /**
     * Called after a successful login. Returns true when it sent the browser to a password page
     * instead of the page asked for.
     */
    boolean interceptsAfterLogin(HttpServletRequest request, HttpServletResponse response, SignedInOfficial official)
            throws IOException {
        HttpSession session = request.getSession();
        session.removeAttribute(MUST_CHANGE);
        session.removeAttribute(CONTINUE_TO);
        session.removeAttribute(DAYS_LEFT);
        boolean mustChange = passwords.status(official.accountId()).map(PasswordStatus::mustChange).orElse(false);
        if (mustChange) {
            session.setAttribute(MUST_CHANGE, Boolean.TRUE);
            keepTarget(request, response, session);
            response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
            return true;
        }
        OptionalLong daysLeft = expiry.daysLeftToWarn(official.accountId());
        if (daysLeft.isPresent()) {
            session.setAttribute(DAYS_LEFT, daysLeft.getAsLong());
            keepTarget(request, response, session);
            response.sendRedirect(request.getContextPath() + EXPIRING_PAGE);
            return true;
        }
        return false;
    }

    /** The page to open once the password step is over (and forgets it); the portal by default. */
    static String takeTarget(HttpSession session) {
        Object target = session.getAttribute(CONTINUE_TO);
        session.removeAttribute(CONTINUE_TO);
        return target instanceof String url ? url : "/";
    }

    static boolean mustChange(HttpSession session) {
        return session != null && Boolean.TRUE.equals(session.getAttribute(MUST_CHANGE));
    }

    private void keepTarget(HttpServletRequest request, HttpServletResponse response, HttpSession session) {
        SavedRequest saved = requestCache.getRequest(request, response);
        // Saved by Spring Security from this server's own request: not an open redirect.
        session.setAttribute(CONTINUE_TO, saved == null ? "/" : saved.getRedirectUrl());
        if (saved != null) {
            requestCache.removeRequest(request, response);
        }
    }
}
