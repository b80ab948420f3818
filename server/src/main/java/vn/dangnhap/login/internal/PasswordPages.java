package vn.dangnhap.login.internal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dangnhap.credential.PasswordCredentials;
import vn.dangnhap.credential.PasswordOwner;
import vn.dangnhap.credential.PasswordPolicy;
import vn.dangnhap.credential.PasswordRejected;
import vn.dangnhap.credential.PasswordRuleBroken;
import vn.dangnhap.login.SignedInOfficial;

/**
 * "Đổi mật khẩu": the forced change of a default password after login ({@code /password/change}),
 * the self-service change ({@code /account/password}), and the expiry warning shown after login
 * ({@code /password/expiring}). The policy is shown up front; a refused password is answered
 * with every rule it breaks, status 400, and nothing stored.
 */
@Controller
class PasswordPages {

    private final PasswordCredentials passwords;
    private final PasswordPolicy policy;
    private final MessageSource messages;

    PasswordPages(PasswordCredentials passwords, PasswordPolicy policy, MessageSource messages) {
        this.passwords = passwords;
        this.policy = policy;
        this.messages = messages;
    }

    @GetMapping({PasswordChangeGate.CHANGE_PAGE, "/account/password"})
    String form(@RequestParam(required = false) String changed, @AuthenticationPrincipal SignedInOfficial official,
                HttpSession session, Model model) {
        if (official == null) {
            // Citizens' legacy passwords are not changed here: they end at the cut-off date (docs/citizens.md).
            return "redirect:/";
        }
        model.addAttribute("changed", changed != null);
        return page(model, session, List.of());
    }

    @PostMapping({PasswordChangeGate.CHANGE_PAGE, "/account/password"})
    String change(@RequestParam(required = false) String currentPassword, @RequestParam(required = false) String newPassword,
                  @RequestParam(required = false) String repeatPassword, @AuthenticationPrincipal SignedInOfficial official,
                  HttpSession session, HttpServletResponse response, Model model, Locale locale) {
        if (official == null) {
            return "redirect:/";
        }
        PasswordOwner owner = PasswordOwner.withoutMfa(official.email().substring(0, official.email().indexOf('@')), official.email());
        List<PasswordRuleBroken> broken = new ArrayList<>();
        try {
            if (currentPassword == null || currentPassword.isEmpty()) {
                broken.add(new PasswordRuleBroken("password.current.wrong", List.of()));
            }
            if (newPassword != null && !newPassword.equals(repeatPassword)) {
                broken.add(new PasswordRuleBroken("password.confirm.mismatch", List.of()));
            }
            if (!broken.isEmpty()) {
                broken.addAll(policy.check(newPassword, owner));
                throw new PasswordRejected(broken);
            }
            passwords.changePassword(official.accountId(), currentPassword, newPassword, owner);
        } catch (PasswordRejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            List<String> reasons = e.broken().stream().distinct()
                    .map(b -> messages.getMessage(b.messageKey(), b.argumentArray(), b.messageKey(), locale)).toList();
            model.addAttribute("changed", false);
            return page(model, session, reasons);
        }
        session.removeAttribute(PasswordChangeGate.MUST_CHANGE);
        session.removeAttribute(PasswordChangeGate.DAYS_LEFT);
        if (session.getAttribute(PasswordChangeGate.CONTINUE_TO) != null) {
            return "redirect:" + PasswordChangeGate.takeTarget(session);
        }
        return "redirect:/account/password?changed";
    }

    @GetMapping(PasswordChangeGate.EXPIRING_PAGE)
    String expiring(HttpSession session, Model model) {
        if (!(session.getAttribute(PasswordChangeGate.DAYS_LEFT) instanceof Long daysLeft)) {
            return "redirect:/";
        }
        model.addAttribute("daysLeft", daysLeft);
        return "password-expiring";
    }

    /** "Để sau": on to the page the official asked for. */
    @GetMapping("/password/continue")
    String later(HttpSession session) {
        session.removeAttribute(PasswordChangeGate.DAYS_LEFT);
        return "redirect:" + PasswordChangeGate.takeTarget(session);
    }

    private String page(Model model, HttpSession session, List<String> reasons) {
        model.addAttribute("forced", PasswordChangeGate.mustChange(session));
        model.addAttribute("policy", policy.settings());
        model.addAttribute("reasons", reasons);
        return "password-change";
    }
}
