package vn.sandbox.demo.eoffice;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.sandbox.demo.DemoPage;

/**
 * The e-office's two pages: who is signed in (from the ID token Dangnhap signed, and UserInfo) with
 * the logout button, and the page Dangnhap returns to after logout.
 */
@RestController
class EOfficePages {

    static final String LOGGED_OUT = "/da-dang-xuat";

    static final DemoPage.Brand BRAND = new DemoPage.Brand("Văn phòng điện tử",
            "UBND Tỉnh Demo — ứng dụng mẫu đăng nhập qua Dangnhap bằng OpenID Connect", "#8a1c1c");
    private static final String FOOTER = "Ứng dụng mẫu (sandbox, không dùng thật): Spring Security OAuth2 Client, "
            + "luồng mã ủy quyền + PKCE, đăng xuất back-channel và RP-initiated. Xem docs/integration.md.";

    private final String linkedAccountClaim;

    /** @param linkedAccountClaim the claim carrying the official's account name here (Dangnhap's release rule) */
    EOfficePages(@Value("${eoffice.linked-account-claim:linked_account}") String linkedAccountClaim) {
        this.linkedAccountClaim = linkedAccountClaim;
    }

    @GetMapping(value = "/", produces = "text/html;charset=UTF-8")
    String home(@AuthenticationPrincipal OidcUser official, CsrfToken csrf) {
        String body = """
                <section class="card">
                <h1>Xin chào, <span id="name">%s</span></h1>
                <table>
                <tr><th>Thư công vụ</th><td id="who">%s</td></tr>
                <tr><th>Tài khoản Văn phòng điện tử (tài khoản liên kết)</th><td id="linked">%s</td></tr>
                <tr><th>Đơn vị</th><td id="unit">%s</td></tr>
                <tr><th>Vai trò</th><td id="roles">%s</td></tr>
                <tr><th>Điện thoại</th><td id="phone">%s</td></tr>
                </table>
                <form method="post" action="/logout" class="actions">
                <input type="hidden" name="%s" value="%s">
                <button id="logout" class="button" type="submit">Đăng xuất</button>
                <span class="muted">Đăng xuất khỏi ứng dụng này và khỏi hệ thống đăng nhập tập trung.</span>
                </form>
                </section>
                <section class="card">
                <h2>ID token nhận từ Dangnhap</h2>
                <p class="muted">Các claim Dangnhap ký và gửi cho ứng dụng (client <code>%s</code>).</p>
                %s</section>
                <section class="card">
                <h2>UserInfo</h2>
                <p class="muted">Câu trả lời của UserInfo endpoint, đọc mới từ danh bạ.</p>
                %s</section>
                """.formatted(DemoPage.escape(official.getFullName()), DemoPage.escape(official.getEmail()),
                DemoPage.orNone(official.getClaimAsString(linkedAccountClaim), "(chưa liên kết)"),
                DemoPage.orNone(official.getClaimAsString("org_unit_name"), "(không có)"),
                DemoPage.orNone(official.getClaimAsStringList("roles"), "(không có)"),
                DemoPage.orNone(official.getPhoneNumber(), "(không có)"),
                DemoPage.escape(csrf.getParameterName()), DemoPage.escape(csrf.getToken()),
                DemoPage.escape(DemoPage.format(official.getIdToken().getAudience())),
                DemoPage.table(official.getIdToken().getClaims(), "claim-"),
                official.getUserInfo() == null ? "<p class=\"none\">(không gọi UserInfo)</p>"
                        : DemoPage.table(official.getUserInfo().getClaims(), "userinfo-"));
        return DemoPage.render(BRAND, "Trang cá nhân", body, FOOTER);
    }

    @GetMapping(value = LOGGED_OUT, produces = "text/html;charset=UTF-8")
    String loggedOut() {
        String body = """
                <section class="card narrow">
                <h1 id="bye">Bạn đã đăng xuất</h1>
                <p>Phiên làm việc ở Văn phòng điện tử và ở hệ thống đăng nhập tập trung đã kết thúc.</p>
                <p><a class="button" href="/">Đăng nhập lại</a></p>
                </section>
                """;
        return DemoPage.render(BRAND, "Đã đăng xuất", body, FOOTER);
    }
}
