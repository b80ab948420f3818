package vn.dangnhap.oidc.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcLogoutAuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;
import vn.dangnhap.shared.ClientInfo;
import vn.dangnhap.login.LoggedOut;
import vn.dangnhap.login.SignedInAccount;

/**
 * OpenID Connect RP-Initiated Logout 1.0 §3, after the library validated the request: ends the
 * SSO session (which starts back-channel logout of the other applications), records the logout,
 * and returns to the application's registered {@code post_logout_redirect_uri} with its
 * {@code state}, or to the login page.
 */
@Component
class RpInitiatedLogout implements AuthenticationSuccessHandler {

    private final SecurityContextLogoutHandler sessionLogout = new SecurityContextLogoutHandler();
    private final ApplicationEventPublisher events;

    RpInitiatedLogout(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        OidcLogoutAuthenticationToken logout = (OidcLogoutAuthenticationToken) authentication;
        if (logout.isPrincipalAuthenticated()) {
            Authentication user = (Authentication) logout.getPrincipal();
            if (user.getPrincipal() instanceof SignedInAccount account) {
                // An official's e-mail, or a citizen's login name (user name or masked number).
                events.publishEvent(new LoggedOut(account.accountId(), account.loginName(), ClientInfo.of(request)));
            }
            sessionLogout.logout(request, response, user);
        }
        String target = request.getContextPath() + "/login?logout";
        if (logout.isAuthenticated() && logout.getPostLogoutRedirectUri() != null && !logout.getPostLogoutRedirectUri().isBlank()) {
            UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(logout.getPostLogoutRedirectUri());
            if (logout.getState() != null && !logout.getState().isBlank()) {
                uri.queryParam("state", UriUtils.encode(logout.getState(), StandardCharsets.UTF_8));
            }
            target = uri.build(true).toUriString();
        }
        response.sendRedirect(target);
    }
}
