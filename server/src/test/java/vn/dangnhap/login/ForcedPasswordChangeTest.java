package vn.dangnhap.login;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangnhap.credential.PasswordCredentials;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.OfficialInput;
import vn.dangnhap.testsupport.DemoPortalTest;
import vn.dangnhap.testsupport.FormClient;
import vn.dangnhap.testsupport.HeadlessChromium;

/**
 * Issue 4: a default password (new or reset account) must be changed at the first login,
 * before anything else opens; a weak, common, reused or name-containing password is refused
 * with the reason; afterwards the page asked for opens.
 */
@DemoPortalTest
class ForcedPasswordChangeTest {

    @LocalServerPort int port;
    @Autowired Directory directory;
    @Autowired PasswordCredentials passwords;

    BrowserContext admin;
    BrowserContext official;

    @AfterEach
    void closeBrowsers() {
        if (admin != null) {
            admin.close();
        }
        if (official != null) {
            official.close();
        }
    }

    @Test
    void resetAccountsFirstLoginForcesTheChangeAndRefusesBadPasswordsWithTheReason() {
        UUID id = newOfficial("doimatkhau", "Trần Đổi Mật Khẩu");

        // The admin resets the password in the console and reads the default password once.
        admin = HeadlessChromium.newContext(new Browser.NewContextOptions().setLocale("vi-VN"));
        Page console = admin.newPage();
        logIn(console, "admin", DemoPortalTest.PASSWORD);
        console.navigate(url("/admin/officials/" + id + "/edit"));
        console.locator("#password-reset").click();
        assertThat(console.locator("h1")).hasText("Mật khẩu mặc định mới");
        assertThat(console.locator("[role=status]")).containsText("Mật khẩu này chỉ hiện một lần.");
        String defaultPassword = console.locator("#default-password").textContent().strip();
        assertThat(defaultPassword).hasSize(12);

        official = HeadlessChromium.newContext(new Browser.NewContextOptions().setLocale("vi-VN"));
        Page page = official.newPage();
        logIn(page, "doimatkhau", defaultPassword);

        assertThat(page).hasURL(url("/password/change"));
        assertThat(page.locator("h1")).hasText("Đổi mật khẩu");
        assertThat(page.locator("#forced-notice")).hasText("Bạn đang dùng mật khẩu mặc định. Vui lòng đổi mật khẩu trước khi tiếp tục.");
        assertThat(page.locator("#password-policy li")).containsText(new String[] {
                "có từ 14 đến 256 ký tự (nên dùng một câu dễ nhớ);", "không trùng và không chứa tên đăng nhập;",
                "không nằm trong danh sách mật khẩu phổ biến;", "không trùng với 5 mật khẩu gần nhất."});

        change(page, defaultPassword, "Hoa2026!");
        assertThat(page.locator("#password-errors li")).hasText(new String[] {"Mật khẩu phải có ít nhất 14 ký tự."});

        change(page, defaultPassword, "DoiMatKhau của tôi 2026");
        assertThat(page.locator("#password-errors li")).hasText(new String[] {
                "Mật khẩu không được trùng hoặc chứa tên đăng nhập (phần trước @ của địa chỉ thư)."});

        change(page, defaultPassword, "password1");
        assertThat(page.locator("#password-errors li")).hasText(new String[] {"Mật khẩu phải có ít nhất 14 ký tự.",
                "Mật khẩu này nằm trong danh sách 10.000 mật khẩu phổ biến nhất, rất dễ bị đoán."});

        change(page, defaultPassword, defaultPassword);
        assertThat(page.locator("#password-errors li")).containsText(new String[] {"Mật khẩu phải có ít nhất 14 ký tự.",
                "Mật khẩu không được trùng với 5 mật khẩu gần nhất của bạn (kể cả mật khẩu mặc định)."});

        page.locator("#current-password").fill(defaultPassword);
        page.locator("#new-password").fill("Hoa sen nở giữa đầm 2026");
        page.locator("#repeat-password").fill("Hoa sen nở giữa đầm 2025");
        page.locator("#password-form button[type=submit]").click();
        assertThat(page.locator("#password-errors li")).hasText(new String[] {"Mật khẩu nhập lại không khớp với mật khẩu mới."});

        // Still held on the change page.
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/password/change"));

        change(page, defaultPassword, "Hoa sen nở giữa đầm 2026");
        assertThat(page).hasURL(url("/"));
        assertThat(page.locator(".who")).hasText("Xin chào, Trần Đổi Mật Khẩu");
        page.navigate(url("/account/consents"));
        assertThat(page).hasURL(url("/account/consents"));
    }

    @Test
    void beforeTheChangeThePortalLauncherAdminAccountAndOidcAuthorizeAllRedirectToTheChangePage() {
        UUID id = newOfficial("chuadoi", "Lê Chưa Đổi", "ADMIN");
        passwords.setDefaultPassword(id, "Tam@thoi-2026");
        FormClient client = new FormClient(port);

        // The page asked for before login is kept for after the change.
        assertThat(client.get("/launch/ecabinet").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        HttpResponse<String> login = client.logIn("chuadoi", "Tam@thoi-2026");
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/password/change"));

        for (String path : List.of("/", "/launch/ecabinet", "/admin", "/admin/officials", "/account/consents",
                "/account/password", "/password/expiring",
                "/oauth2/authorize?response_type=code&client_id=ecabinet&scope=openid&redirect_uri=https://ecabinet.demo.gov.vn/cb")) {
            HttpResponse<String> blocked = client.get(path);
            assertThat(blocked.statusCode()).as(path).isEqualTo(302);
            assertThat(blocked.headers().firstValue("Location")).as(path).hasValueSatisfying(l -> assertThat(l).endsWith("/password/change"));
        }
        assertThat(client.get("/css/app.css").statusCode()).isEqualTo(200);
        HttpResponse<String> changePage = client.get("/password/change");
        assertThat(changePage.statusCode()).isEqualTo(200);
        assertThat(changePage.body()).contains("Bạn đang dùng mật khẩu mặc định.");

        // A refused password: 400, the reason, nothing stored.
        String token = FormClient.csrfToken(changePage.body());
        HttpResponse<String> weak = client.postForm("/password/change", Map.of("_csrf", token, "currentPassword", "Tam@thoi-2026",
                "newPassword", "123456789", "repeatPassword", "123456789"));
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("Mật khẩu này nằm trong danh sách 10.000 mật khẩu phổ biến nhất");
        assertThat(passwords.verify(id, "Tam@thoi-2026")).isTrue();
        assertThat(client.get("/").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/password/change"));

        HttpResponse<String> changed = client.postForm("/password/change", Map.of("_csrf", token, "currentPassword", "Tam@thoi-2026",
                "newPassword", "Ngày mai trời lại sáng 2026", "repeatPassword", "Ngày mai trời lại sáng 2026"));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(changed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/launch/ecabinet"));
        assertThat(client.get("/").statusCode()).isEqualTo(200);
        assertThat(client.get("/admin").statusCode()).isEqualTo(200);
        assertThat(passwords.status(id)).hasValueSatisfying(s -> assertThat(s.mustChange()).isFalse());
    }

    @Test
    void selfServiceChangeFromThePortalHeader() {
        UUID id = newOfficial("tudoi", "Phạm Tự Đổi");
        passwords.setPassword(id, "Mật khẩu ban đầu rất dài 2026");
        official = HeadlessChromium.newContext(new Browser.NewContextOptions().setLocale("vi-VN"));
        Page page = official.newPage();
        logIn(page, "tudoi", "Mật khẩu ban đầu rất dài 2026");
        assertThat(page).hasURL(url("/"));

        page.locator("#change-password").click();
        assertThat(page).hasURL(url("/account/password"));
        change(page, "sai mật khẩu", "Một mật khẩu mới thật dài 2026");
        assertThat(page.locator("#password-errors li")).hasText(new String[] {"Mật khẩu hiện tại không đúng."});
        change(page, "Mật khẩu ban đầu rất dài 2026", "Một mật khẩu mới thật dài 2026");
        assertThat(page.locator("#password-changed")).hasText("Đã đổi mật khẩu.");
        assertThat(passwords.verify(id, "Một mật khẩu mới thật dài 2026")).isTrue();
    }

    private UUID newOfficial(String name, String fullName, String... roles) {
        return directory.createOfficial(new OfficialInput(name + "@demo.gov.vn", fullName, "", "SO_NV", List.of(roles))).id();
    }

    private void logIn(Page page, String username, String password) {
        page.navigate(url("/login"));
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("button[type=submit]").click();
        page.waitForLoadState();
    }

    private static void change(Page page, String current, String next) {
        page.locator("#current-password").fill(current);
        page.locator("#new-password").fill(next);
        page.locator("#repeat-password").fill(next);
        page.locator("#password-form button[type=submit]").click();
        page.waitForLoadState();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
