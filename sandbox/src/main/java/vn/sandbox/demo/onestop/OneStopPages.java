package vn.sandbox.demo.onestop;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apereo.cas.client.util.AbstractCasFilter;
import org.apereo.cas.client.validation.Assertion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import vn.sandbox.demo.DemoPage;

/**
 * The one-stop application's pages: its own login page with "Đăng nhập qua SSO" (as in the
 * provincial guide, seed 001), the CAS entry point, the official's page with the CAS principal and
 * attributes, and logout (here and at Dangnhap).
 */
@RestController
class OneStopPages {

    /** The CAS-protected entry point: the "Đăng nhập qua SSO" button and the portal tile open it. */
    static final String SSO = "/sso";
    static final String LOGIN = "/dang-nhap";

    static final DemoPage.Brand BRAND = new DemoPage.Brand("Một cửa điện tử",
            "UBND Tỉnh Demo — hệ thống một cửa, ứng dụng mẫu đăng nhập qua Dangnhap bằng CAS 3.0", "#137a3a");
    private static final String FOOTER = "Ứng dụng mẫu (sandbox, không dùng thật): Apereo Java CAS Client, "
            + "CAS 3.0 với thuộc tính, đăng xuất một lần (single logout). Xem docs/integration.md.";

    private final String dangnhap;
    private final String ownUrl;
    private final String linkedAccountAttribute;

    OneStopPages(@Value("${dangnhap.url}") String dangnhap, @Value("${onestop.url}") String ownUrl,
            @Value("${onestop.linked-account-attribute:linked_account}") String linkedAccountAttribute) {
        this.dangnhap = dangnhap;
        this.ownUrl = ownUrl;
        this.linkedAccountAttribute = linkedAccountAttribute;
    }

    /** The official signed in through CAS in this session, or none. */
    private static Assertion assertion(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(AbstractCasFilter.CONST_CAS_ASSERTION) instanceof Assertion a
                ? a : null;
    }

    @GetMapping(value = LOGIN, produces = "text/html;charset=UTF-8")
    String login(@RequestParam(name = "logout", required = false) String logout) {
        String body = """
                <section class="card narrow">
                <h1>Đăng nhập dành cho cán bộ</h1>
                %s<a id="sso-login" class="button wide sso" href="%s">Đăng nhập qua SSO</a>
                <p class="muted" style="margin-top:14px">Dùng tài khoản công vụ của tỉnh trên hệ thống đăng nhập
                tập trung: đã đăng nhập ở đó thì vào thẳng, không cần mật khẩu riêng của Một cửa.</p>
                <p class="muted">Tài khoản riêng của Một cửa (không qua SSO) không có trong ứng dụng mẫu này.</p>
                </section>
                """.formatted(logout == null ? "" : "<p id=\"logged-out\" class=\"notice\">Bạn đã đăng xuất.</p>\n", SSO);
        return DemoPage.render(BRAND, "Đăng nhập", body, FOOTER);
    }

    /** Reached only through the CAS filters, i.e. signed in: on to the official's page. */
    @GetMapping(SSO)
    ResponseEntity<Void> signedIn() {
        return redirect("/");
    }

    @GetMapping(value = "/", produces = "text/html;charset=UTF-8")
    ResponseEntity<String> home(HttpServletRequest request) {
        Assertion signedIn = assertion(request);
        if (signedIn == null) {
            return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(LOGIN)).build();
        }
        Map<String, Object> attributes = signedIn.getPrincipal().getAttributes();
        String body = """
                <section class="card">
                <h1>Trang cá nhân — <span id="name">%s</span></h1>
                <table>
                <tr><th>Tài khoản đăng nhập (CAS user)</th><td id="who">%s</td></tr>
                <tr><th>Tài khoản liên kết cổng CBCC</th><td id="linked">%s</td></tr>
                <tr><th>Đơn vị</th><td id="unit">%s</td></tr>
                <tr><th>Thư công vụ</th><td>%s</td></tr>
                </table>
                <form method="post" action="/dang-xuat" class="actions">
                <button id="logout" class="button" type="submit">Đăng xuất</button>
                <span class="muted">Đăng xuất khỏi Một cửa và khỏi hệ thống đăng nhập tập trung.</span>
                </form>
                </section>
                <section class="card">
                <h2>Thuộc tính CAS 3.0 nhận từ Dangnhap</h2>
                <p class="muted">Trả về khi kiểm tra vé tại <code>/cas/p3/serviceValidate</code>.</p>
                %s</section>
                """.formatted(DemoPage.orNone(attributes.get("name"), "(không có)"),
                DemoPage.escape(request.getRemoteUser()),
                DemoPage.orNone(attributes.get(linkedAccountAttribute), "(chưa liên kết)"),
                DemoPage.orNone(attributes.get("org_unit_name"), "(không có)"),
                DemoPage.orNone(attributes.get("email"), "(không có)"),
                DemoPage.table(attributes, "attr-"));
        return ResponseEntity.ok(DemoPage.render(BRAND, "Trang cá nhân", body, FOOTER));
    }

    /** Ends this session, then the SSO session at Dangnhap, which returns to the login page. */
    @PostMapping("/dang-xuat")
    ResponseEntity<Void> logout(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String back = ownUrl + LOGIN + "?logout";
        return redirect(dangnhap + "/cas/logout?service=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
    }

    private static ResponseEntity<Void> redirect(String location) {
        return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, location).build();
    }
}
