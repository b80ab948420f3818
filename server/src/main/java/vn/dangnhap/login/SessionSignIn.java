package vn.dangnhap.login;

import vn.dangnhap.shared.ClientInfo;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import vn.dangnhap.directory.Directory;

/**
 * Signs a person in without the password form — after a login that another module checked (the
 * upstream e-ID login of module broker). Does what the form login does: a new session id (session
 * fixation; kept when the same person proves who they are again in their session — a
 * re-authentication, {@link Reauthentication}), the security context stored in the session, {@link LoginSucceeded} published, and a
 * redirect to the request the login interrupted (an application's OIDC or CAS login) or {@code /}.
 */
@Component
public class SessionSignIn {

    /** Session attribute: where the browser goes after Dangnhap's logout to end the upstream session too. */
    public static final String UPSTREAM_LOGOUT_ATTRIBUTE = SessionSignIn.class.getName() + ".UPSTREAM_LOGOUT";

    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Reauthentication reauthentication;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final ChangeSessionIdAuthenticationStrategy fixation = new ChangeSessionIdAuthenticationStrategy();
    private final SavedRequestAwareAuthenticationSuccessHandler continuation = new SavedRequestAwareAuthenticationSuccessHandler();

    SessionSignIn(Directory directory, ApplicationEventPublisher events, Clock clock, Reauthentication reauthentication) {
        this.directory = directory;
        this.reauthentication = reauthentication;
        this.events = events;
        this.clock = clock;
        continuation.setDefaultTargetUrl("/");
    }

    /**
     * @param method how the person proved who they are, e.g. {@code vneid}; recorded with the login
     */
    public void signIn(HttpServletRequest request, HttpServletResponse response, SignedInAccount account, String method)
            throws IOException {
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(account, null, authorities(account));
        if (!signedInAs(account)) {
            fixation.onAuthentication(authentication, request, response);
        } // else a re-authentication of the same person: the SSO session (its id, its sid) continues
        reauthentication.markContinuation(request, response);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        SessionLogin.recordRememberMe(request.getSession(), false);
        events.publishEvent(new LoginSucceeded(account.accountId(), account.loginName(), ClientInfo.of(request), method));
        try {
            continuation.onAuthenticationSuccess(request, response, authentication);
        } catch (ServletException e) {
            throw new IOException(e);
        }
    }

    private static boolean signedInAs(SignedInAccount account) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        return current != null && current.getPrincipal() instanceof SignedInAccount signedIn
                && signedIn.accountId().equals(account.accountId());
    }

    /**
     * Remembers, for this session, the upstream provider's logout address (RP-initiated logout with
     * {@code id_token_hint} and {@code post_logout_redirect_uri}): Dangnhap's logout then sends the
     * browser there so the upstream session ends too.
     */
    public void endUpstreamSessionAtLogout(HttpServletRequest request, URI upstreamLogout) {
        request.getSession().setAttribute(UPSTREAM_LOGOUT_ATTRIBUTE, upstreamLogout.toString());
    }

    private List<GrantedAuthority> authorities(SignedInAccount account) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        switch (account) {
            case SignedInOfficial official -> directory.findOfficial(official.accountId())
                    .ifPresent(found -> found.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role))));
            case SignedInCitizen ignored -> authorities.add(new SimpleGrantedAuthority("ROLE_CITIZEN"));
        }
        // Which factor proved the identity, and when: the OIDC provider derives auth_time from it.
        authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY)
                .issuedAt(clock.instant()).build());
        return authorities;
    }
}
