package vn.dangnhap.login.internal;

import vn.dangnhap.directory.LoginNames;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dangnhap.citizen.PasswordCutoff;
import vn.dangnhap.credential.PasswordLifecycleSettings;

/** GET /login: the form. Posting it is handled by Spring Security's form login. */
@Controller
class LoginPageController {

    private final PasswordLifecycleSettings lifecycle;
    private final PasswordCutoff cutoff;
    private final LoginNames loginNames;

    LoginPageController(PasswordLifecycleSettings lifecycle, PasswordCutoff cutoff, LoginNames loginNames) {
        this.lifecycle = lifecycle;
        this.cutoff = cutoff;
        this.loginNames = loginNames;
    }

    private static final Set<String> KNOWN_ERRORS =
            Set.of("required", "too-long", "invalid", "domain", "credentials", "locked", "disabled",
                    "temporarily-locked", "throttled", "citizen-cutoff");

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error,
                 @RequestParam(required = false) String logout,
                 @RequestParam(required = false) String reason,
                 @RequestParam(required = false) String minutes,
                 @RequestParam(required = false) String username,
                 Authentication authentication, Model model) {
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        if (error != null) {
            model.addAttribute("errorKey", "login.error." + (KNOWN_ERRORS.contains(error) ? error : "credentials"));
            model.addAttribute("retryMinutes", waitingMinutes(minutes));
        }
        model.addAttribute("citizenCutoff", "citizen-cutoff".equals(error));
        model.addAttribute("cutoffDate", cutoff.day().map(d -> d.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))).orElse(""));
        if ("locked".equals(error)) {
            model.addAttribute("locked", true);
            LockedAccountReasons.parse(reason).ifPresent(r -> model.addAttribute("lockReasonKey", "lock.reason." + r.name()));
            model.addAttribute("lockWorkingDays", lifecycle.defaultPasswordWorkingDays());
        }
        model.addAttribute("loggedOut", logout != null);
        // A hint from the application (OIDC login_hint): fills in the name, which the person may still change.
        if (username != null && username.length() <= 254) {
            model.addAttribute("username", username.strip());
        }
        // "Type only the part before @…": the domain appended to a bare name.
        model.addAttribute("defaultDomain", loginNames.defaultDomain());
        return "login";
    }

    /** The minutes a throttle refusal asked the user to wait (only a small number is repeated back). */
    private static long waitingMinutes(String minutes) {
        if (minutes != null && minutes.matches("[0-9]{1,4}")) {
            return Math.max(1, Long.parseLong(minutes));
        }
        return 1;
    }
}
