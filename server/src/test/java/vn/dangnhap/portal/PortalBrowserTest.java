package vn.dangnhap.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangnhap.testsupport.DemoPortalTest;
import vn.dangnhap.testsupport.HeadlessChromium;

/** The login page and the portal in a real Chromium, as an official uses them. */
@DemoPortalTest
class PortalBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort int port;

    BrowserContext context;
    Page page;
    /** Every request the browser tried to send to a connected application's host. */
    final List<String> applicationRequests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void openBrowser() {
        open(new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("vi-VN"));
    }

    @AfterEach
    void closeBrowser() {
        context.close();
    }

    @Test
    void homeRedirectsToTheVietnameseLoginPage() {
        page.navigate(url("/"));

        assertThat(page).hasURL(url("/login"));
        assertThat(page.locator("html")).hasAttribute("lang", "vi");
        assertThat(page.locator("h1")).hasText("Đăng nhập hệ thống");
        assertThat(page.getByLabel("Tên đăng nhập")).isVisible();
        assertThat(page.getByLabel("Mật khẩu")).isVisible();
        assertThat(page.locator("button[type=submit]")).hasText("Đăng nhập");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("login.png")).setFullPage(true));
    }

    @Test
    void portalShowsEachOfficialExactlyTheApplicationsTheRulesAllow() {
        logIn("nguyenvanan");
        assertThat(page.locator(".who")).hasText("Xin chào, Nguyễn Văn An");
        assertThat(tiles()).containsExactlyInAnyOrder("ecabinet", "chidao", "ioffice-v5", "lichcongtac", "thudientu");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("portal.png")).setFullPage(true));

        page.locator("#logout").click();
        logIn("lythimai");
        assertThat(page.locator(".who")).hasText("Xin chào, Lý Thị Mai");
        assertThat(tiles()).containsExactlyInAnyOrder("ioffice-v4", "dieuhanh", "lichcongtac", "thudientu");
    }

    @Test
    void tileClickGoesThroughTheLauncherToTheApplication() {
        logIn("nguyenvanan");

        page.locator("li.tile[data-app=ecabinet] a").click();

        page.waitForURL("https://ecabinet.demo.gov.vn/");
        assertThat(page.locator("h1")).hasText("ecabinet stand-in");
        assertThat(applicationRequests).containsExactly("https://ecabinet.demo.gov.vn/");
    }

    @Test
    void logoutReturnsToTheLoginPageAndHomeNeedsLoginAgain() {
        logIn("phamthidung");

        page.locator("#logout").click();

        assertThat(page).hasURL(url("/login?logout"));
        assertThat(page.locator("[role=status]")).hasText("Bạn đã đăng xuất.");
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/login"));
    }

    @Test
    void wrongPasswordAndUnknownUserShowTheSameGenericMessage() {
        submitLogin("nguyenvanan", "Sai@2026");
        assertThat(page.locator("#login-error")).hasText("Tên đăng nhập hoặc mật khẩu không đúng.");

        submitLogin("khongcoai", "Demo@2026");
        assertThat(page.locator("#login-error")).hasText("Tên đăng nhập hoặc mật khẩu không đúng.");
    }

    @Test
    void englishLinkSwitchesThePagesToEnglish() {
        page.navigate(url("/login"));

        page.locator(".languages a[lang=en]").click();

        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Sign in");
        assertThat(page.getByLabel("Username")).isVisible();
        logIn("nguyenvanan");
        assertThat(page.locator("main h1")).hasText("Choose an application");
    }

    @Test
    void portalIsUsableOnAPhoneWithoutSidewaysScrolling() {
        context.close();
        open(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true).setHasTouch(true)
                .setDeviceScaleFactor(2).setLocale("vi-VN"));

        logIn("nguyenvanan");

        Locator tiles = page.locator("li.tile");
        assertThat(tiles).hasCount(5);
        for (Locator tile : tiles.all()) {
            tile.scrollIntoViewIfNeeded();
            assertThat(tile).isVisible();
            BoundingBox box = tile.boundingBox();
            assertThat(box.x).isGreaterThanOrEqualTo(0);
            assertThat(box.x + box.width).isLessThanOrEqualTo(390);
        }
        page.evaluate("window.scrollTo(0, 0)");
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no horizontal scroll").isTrue();
        assertThat(page.locator("#logout")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("portal-phone.png")).setFullPage(true));
    }

    private void open(Browser.NewContextOptions options) {
        context = HeadlessChromium.newContext(options);
        // Connected applications live on other hosts; the test answers for them, no network is used.
        context.route(Pattern.compile("^https?://(?!localhost[:/]).*"), route -> {
            applicationRequests.add(route.request().url());
            String app = route.request().url().replaceFirst("^https?://([^.]+)\\..*$", "$1");
            route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                    .setStatus(200).setContentType("text/html; charset=utf-8")
                    .setBody("<!doctype html><title>" + app + "</title><h1>" + app + " stand-in</h1>"));
        });
        page = context.newPage();
    }

    private void submitLogin(String username, String password) {
        page.navigate(url("/login"));
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("button[type=submit]").click();
        page.waitForLoadState();
    }

    private void logIn(String username) {
        submitLogin(username, DemoPortalTest.PASSWORD);
        assertThat(page).hasURL(url("/"));
    }

    private Set<String> tiles() {
        Set<String> codes = new HashSet<>();
        for (Locator tile : page.locator("li.tile").all()) {
            codes.add(tile.getAttribute("data-app"));
        }
        return codes;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
