package vn.dangnhap.login.internal;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Tiếp tục" after a citizen proved the account (module citizen's verification page links here):
 * on to the page the login was for, kept by {@link CitizenVerificationGate}; the portal by default.
 */
@Controller
class CitizenVerificationContinue {

    @GetMapping(CitizenVerificationGate.VERIFY_PAGE + "/continue")
    String continueToTarget(HttpSession session) {
        return "redirect:" + CitizenVerificationGate.takeTarget(session);
    }
}
