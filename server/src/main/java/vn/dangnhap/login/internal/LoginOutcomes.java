package vn.dangnhap.login.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;
import vn.dangnhap.credential.LoginThrottle;
import vn.dangnhap.session.SessionLifetime;
import vn.dangnhap.shared.ClientInfo;
import vn.dangnhap.login.LoggedOut;
import vn.dangnhap.login.LoginSucceeded;
import vn.dangnhap.login.Reauthentication;
import vn.dangnhap.login.SessionLogin;
import vn.dangnhap.login.SessionSignIn;
import vn.dangnhap.login.SignedInAccount;
import vn.dangnhap.login.SignedInCitizen;
import vn.dangnhap.login.SignedInOfficial;

/**
 * What happens after the login form is posted (success: the audit event, the device cookie, "Ghi
 * nhớ đăng nhập", the forced password change or citizen verification; failure: back to the form
 * with the reason it may show) and at logout.
 */
@Component
class LoginOutcomes extends SavedRequestAwareAuthenticationSuccessHandler
        implements AuthenticationFailureHandler, LogoutHandler, LogoutSuccessHandler {

    static final String SESSION_COOKIE = "DANGNHAP_SESSION";

    private final ApplicationEventPublisher events;
    private final Duration rememberMeIdle;
    private final LockedAccountReasons lockReasons;
    private final PasswordChangeGate passwordGate;
    private final CitizenVerificationGate verificationGate;
    private final PasswordCheckSteps steps;
    private final LoginThrottle throttle;
    private final Reauthentication reauthentication;

    LoginOutcomes(ApplicationEventPublisher events, LoginProperties properties, LockedAccountReasons lockReasons,
                  PasswordChangeGate passwordGate, CitizenVerificationGate verificationGate, PasswordCheckSteps steps,
                  LoginThrottle throttle, Reauthentication reauthentication) {
        this.events = events;
        this.reauthentication = reauthentication;
        this.steps = steps;
        this.throttle = throttle;
        this.verificationGate = verificationGate;
        this.lockReasons = lockReasons;
        this.passwordGate = passwordGate;
        this.rememberMeIdle = properties.rememberMeIdle();
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException, ServletException {
        if (auth.getPrincipal() instanceof SignedInAccount account) {
            events.publishEvent(new LoginSucceeded(account.accountId(), account.loginName(), ClientInfo.of(request)));
            rememberDevice(request, response, account);
            reauthentication.markContinuation(request, response);
        }
        boolean rememberMe = request.getParameter("remember-me") != null;
        SessionLogin.recordRememberMe(request.getSession(), rememberMe);
        if (rememberMe) {
            rememberThisBrowser(request, response);
        }
        if (auth.getPrincipal() instanceof SignedInOfficial official
                && passwordGate.interceptsAfterLogin(request, response, official)) {
            clearAuthenticationAttributes(request);
            return;
        }
        if (auth.getPrincipal() instanceof SignedInCitizen citizen
                && verificationGate.interceptsAfterLogin(request, response, citizen)) {
            clearAuthenticationAttributes(request);
            return;
        }
        super.onAuthenticationSuccess(request, response, auth);
    }

    /**
     * The device cookie ({@link DeviceCookie}): this browser signed in to the account with its
     * password, so failures from elsewhere will not lock it out (credential's {@code LoginThrottle}).
     */
    private void rememberDevice(HttpServletRequest request, HttpServletResponse response, SignedInAccount account) {
        String token = throttle.rememberDevice(steps.attempt(LoginNameLookup.throttleKey(account.loginName()), account.accountId()));
        DeviceCookie.write(request, response, token, throttle.deviceLifetime());
    }

    /** "Ghi nhớ đăng nhập": the session outlives the browser window and a longer idle time. */
    private void rememberThisBrowser(HttpServletRequest request, HttpServletResponse response) {
        SessionLifetime.keepThisBrowserSignedIn(request, rememberMeIdle);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String query = e instanceof LoginRefused refused ? refused.pageQuery() : "error=credentials";
        response.sendRedirect(request.getContextPath() + "/login?" + query + lockReasons.redirectParameter(e, request));
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication auth) {
        if (auth != null && auth.getPrincipal() instanceof SignedInAccount account) {
            events.publishEvent(new LoggedOut(account.accountId(), account.loginName(), ClientInfo.of(request)));
        }
        // Read before the session is invalidated: a login through an upstream provider (VNeID) ends there too.
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SessionSignIn.UPSTREAM_LOGOUT_ATTRIBUTE) instanceof String upstream) {
            request.setAttribute(SessionSignIn.UPSTREAM_LOGOUT_ATTRIBUTE, upstream);
        }
    }

    /** After logout: the login page, or first the upstream provider's logout, which sends the browser back to it. */
    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException {
        if (request.getAttribute(SessionSignIn.UPSTREAM_LOGOUT_ATTRIBUTE) instanceof String upstream) {
            response.sendRedirect(upstream);
            return;
        }
        response.sendRedirect(request.getContextPath() + "/login?logout");
    }
}
