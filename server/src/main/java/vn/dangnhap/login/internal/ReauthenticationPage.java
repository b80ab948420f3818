package vn.dangnhap.login.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dangnhap.login.LoginSucceeded;
import vn.dangnhap.login.Reauthentication;
import vn.dangnhap.login.SignedInAccount;
import vn.dangnhap.shared.ClientInfo;

/**
 * {@value Reauthentication#PAGE}: the password again, for the account already signed in (the name
 * is shown, not typed). The password goes through the same login as the form (throttle, lockout,
 * hashing). On success the security context of the same session is replaced by the new
 * authentication — its factor carries the new time, which the OIDC provider reports as
 * {@code auth_time} — without a new session id: the SSO session, its {@code sid} and every
 * application signed in through it continue. Then back to the request that asked.
 */
@Controller
class ReauthenticationPage {

    private static final Set<String> KNOWN_ERRORS =
            Set.of("required", "credentials", "locked", "disabled", "temporarily-locked", "throttled", "citizen-cutoff");

    private final AuthenticationManager authentication;
    private final Reauthentication reauthentication;
    private final ApplicationEventPublisher events;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SavedRequestAwareAuthenticationSuccessHandler continuation = new SavedRequestAwareAuthenticationSuccessHandler();

    ReauthenticationPage(AuthenticationManager authentication, Reauthentication reauthentication,
                         ApplicationEventPublisher events) {
        this.authentication = authentication;
        this.reauthentication = reauthentication;
        this.events = events;
        continuation.setDefaultTargetUrl("/");
    }

    @GetMapping(Reauthentication.PAGE)
    String page(@AuthenticationPrincipal SignedInAccount signedIn, @RequestParam(required = false) String error,
                @RequestParam(required = false) String minutes, Model model) {
        model.addAttribute("loginName", signedIn.loginName());
        model.addAttribute("fullName", signedIn.fullName());
        if (error != null) {
            model.addAttribute("errorKey", "login.error." + (KNOWN_ERRORS.contains(error) ? error : "credentials"));
            model.addAttribute("retryMinutes", minutes != null && minutes.matches("[0-9]{1,4}") ? Long.parseLong(minutes) : 1);
        }
        return "login-again";
    }

    @PostMapping(Reauthentication.PAGE)
    void check(@AuthenticationPrincipal SignedInAccount signedIn, @RequestParam(required = false) String password,
               HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (password == null || password.isEmpty()) {
            response.sendRedirect(request.getContextPath() + Reauthentication.PAGE + "?error=required");
            return;
        }
        Authentication proved;
        try {
            proved = authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(signedIn.loginName(), password));
        } catch (AuthenticationException e) {
            response.sendRedirect(request.getContextPath() + Reauthentication.PAGE + "?" + errorQuery(e));
            return;
        }
        if (!(proved.getPrincipal() instanceof SignedInAccount again) || !again.accountId().equals(signedIn.accountId())) {
            // The name is the signed-in one, so only a renamed account could land here: refuse, change nothing.
            response.sendRedirect(request.getContextPath() + Reauthentication.PAGE + "?error=credentials");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(proved);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        events.publishEvent(new LoginSucceeded(again.accountId(), again.loginName(), ClientInfo.of(request)));
        reauthentication.markContinuation(request, response);
        continuation.onAuthenticationSuccess(request, response, proved);
    }

    private static String errorQuery(AuthenticationException e) {
        return e instanceof LoginRefused refused ? refused.pageQuery() : "error=credentials";
    }
}
