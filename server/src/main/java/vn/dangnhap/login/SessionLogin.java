package vn.dangnhap.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * How the person of this SSO session last proved who they are: when (the newest factor's time, the
 * OpenID Connect {@code auth_time}) and whether they ticked "Ghi nhớ đăng nhập" on the login form
 * (CAS Protocol 3.0 §4.1.3 calls it a long-term authentication). Read by the protocols that tell
 * applications about it.
 *
 * @param authenticatedAt when the login's last factor was checked
 * @param rememberMe      the login asked to be remembered
 */
public record SessionLogin(Instant authenticatedAt, boolean rememberMe) {

    /** Session attribute written by the login: this session was asked to be remembered. */
    private static final String REMEMBER_ME = SessionLogin.class.getName() + ".REMEMBER_ME";

    /** The current request's login, or empty when nobody is signed in (or the login recorded no factor time). */
    public static Optional<SessionLogin> of(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInAccount)) {
            return Optional.empty();
        }
        Instant at = null;
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            if (authority instanceof FactorGrantedAuthority factor && factor.getIssuedAt() != null
                    && (at == null || factor.getIssuedAt().isAfter(at))) {
                at = factor.getIssuedAt();
            }
        }
        if (at == null) {
            return Optional.empty();
        }
        HttpSession session = request.getSession(false);
        return Optional.of(new SessionLogin(at, session != null && Boolean.TRUE.equals(session.getAttribute(REMEMBER_ME))));
    }

    /**
     * Written by the login module when a login succeeds; a later login in the same session (a
     * re-authentication) says again whether it is to be remembered.
     */
    public static void recordRememberMe(HttpSession session, boolean rememberMe) {
        if (rememberMe) {
            session.setAttribute(REMEMBER_ME, Boolean.TRUE);
        } else {
            session.removeAttribute(REMEMBER_ME);
        }
    }
}
