package vn.dangnhap.oidc.internal;

import vn.dangnhap.admin.ActingAdmin;
import java.time.format.DateTimeFormatter;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangnhap.oidc.SigningKey;
import vn.dangnhap.shared.BusinessTime;

/** Console page listing the token-signing keys, with the rotate button. */
@Controller
@RequestMapping("/admin/keys")
class SigningKeyPages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(BusinessTime.ZONE);

    private final SigningKeyAdministration keys;

    SigningKeyPages(SigningKeyAdministration keys) {
        this.keys = keys;
    }

    /** One key as the page shows it: times in Vietnam's zone; no retirement time for an active key. */
    record KeyRow(String kid, String algorithm, String status, String createdAt, String retireAt) {

        static KeyRow of(SigningKey k) {
            return new KeyRow(k.kid(), k.algorithm(), k.status(), TIME.format(k.createdAt()),
                    k.retireAt() == null ? "" : TIME.format(k.retireAt()));
        }
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("keys", keys.keys().stream().map(KeyRow::of).toList());
        return "admin/keys";
    }

    @PostMapping("/rotate")
    String rotate(ActingAdmin admin, RedirectAttributes redirect) {
        keys.rotate(admin);
        redirect.addFlashAttribute("notice", "admin.keys.rotated");
        redirect.addFlashAttribute("noticeArg", "");
        return "redirect:/admin/keys";
    }
}
