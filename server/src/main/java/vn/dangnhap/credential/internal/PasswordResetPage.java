package vn.dangnhap.credential.internal;

import vn.dangnhap.admin.ActingAdmin;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Console: "Đặt lại mật khẩu". The answer to the POST is the one page that shows the new
 * default password; it is not stored for a later look, and the browser is told not to keep it.
 */
@Controller
class PasswordResetPage {

    private final OfficialPasswordReset reset;

    PasswordResetPage(OfficialPasswordReset reset) {
        this.reset = reset;
    }

    @PostMapping("/admin/officials/{id}/password-reset")
    String reset(@PathVariable UUID id, ActingAdmin admin,
                 HttpServletResponse response, Model model) {
        OfficialPasswordReset.Result result = reset.reset(admin, id);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("official", result.official());
        model.addAttribute("defaultPassword", result.defaultPassword());
        return "admin/password-reset";
    }
}
