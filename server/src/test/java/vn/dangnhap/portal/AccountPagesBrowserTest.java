package vn.dangnhap.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import vn.dangnhap.citizen.Cccd;
import vn.dangnhap.citizen.CitizenAccount;
import vn.dangnhap.citizen.CitizenAccounts;
import vn.dangnhap.testsupport.CitizenSession;
import vn.dangnhap.testsupport.DemoPortalTest;
import vn.dangnhap.testsupport.HeadlessChromium;

/**
 * The self-service pages of {@code /account}, owned by several modules (profile, login, linking,
 * oidc, citizen), share one layout: the same header and one navigation listing the pages for the
 * kind of account signed in, the current one marked — in a real browser, with a screenshot of each.
 */
@DemoPortalTest
@Import(CitizenSession.Config.class)
class AccountPagesBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;
    @Autowired
    CitizenAccounts citizens;

    BrowserContext context;
    Page page;

    @BeforeEach
    void openBrowser() {
        context = HeadlessChromium.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("vi-VN"));
        page = context.newPage();
    }

    @AfterEach
    void closeBrowser() {
        context.close();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void anOfficialsAccountPagesShareOneNavigation() {
        page.navigate(url("/login"));
        page.locator("#username").fill("tranthibinh");
        page.locator("#password").fill(DemoPortalTest.PASSWORD);
        page.locator("button[type=submit]").click();
        page.waitForURL(url("/"));

        List<String> pages = List.of("/account/profile", "/account/password", "/account/links", "/account/consents");
        for (String path : pages) {
            page.navigate(url(path));
            assertThat(page.locator("#account-nav a")).hasText(new String[] {
                    "Thông tin cá nhân", "Đổi mật khẩu", "Tài khoản liên kết", "Ứng dụng đã cấp quyền"});
            assertThat(page.locator("#account-nav a.current")).hasAttribute("href", path);
            assertThat(page.locator("#account-home")).hasAttribute("href", "/");
            assertThat(page.locator("#logout")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SCREENSHOTS.resolve("account-official" + path.replace('/', '-') + ".png")));
        }
        page.locator("#account-nav a", new Page.LocatorOptions().setHasText("Tài khoản liên kết")).click();
        assertThat(page).hasURL(url("/account/links"));
    }

    @Test
    void aCitizensAccountPagesShowOnlyTheCitizensPages() {
        CitizenAccount citizen = citizens.findByVerifiedPin(Cccd.parse("079199088888"))
                .orElseGet(() -> citizens.createFromEid(Cccd.parse("079199088888"), "Đỗ Thị Giao", LocalDate.of(1999, 9, 9), 2));
        assertThat(context.request().get(url(CitizenSession.PATH + "?account=" + citizen.id())).status()).isEqualTo(204);

        for (String path : List.of("/account/citizen", "/account/links", "/account/consents")) {
            page.navigate(url(path));
            assertThat(page.locator("#account-nav a")).hasText(new String[] {
                    "Thông tin tài khoản", "Tài khoản liên kết", "Ứng dụng đã cấp quyền"});
            assertThat(page.locator("#account-nav a.current")).hasAttribute("href", path);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SCREENSHOTS.resolve("account-citizen" + path.replace('/', '-') + ".png")));
        }
        page.navigate(url("/account/citizen?lang=en"));
        assertThat(page.locator("#account-nav a")).hasText(new String[] {
                "Account information", "Linked accounts", "Applications given access"});
    }
}
