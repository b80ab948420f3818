package vn.dangnhap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangnhap.testsupport.HeadlessChromium;

/**
 * The first run as a new user sees it: the sandbox's demo applications — the e-office over OpenID
 * Connect (Spring Security's OAuth2 client) and the one-stop application over CAS (the Apereo Java
 * CAS client), each on its own port with its own session — started by the demo and registered by
 * its data. One login opens both without a second password; logging out of the portal signs both
 * out (back-channel logout, CAS single logout); signing in through the one-stop application's
 * "Đăng nhập qua SSO" first also opens the e-office from the portal. A real Chromium.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.active=demo",
        "spring.datasource.url=jdbc:h2:mem:demo-apps;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "dangnhap.session.logout-delivery-interval=PT1S",
        // Start both demo applications, on free loopback ports (the README's run: 8082 and 8083).
        "sandbox.demo.eoffice.port=0",
        "sandbox.demo.onestop.port=0"})
class DemoApplicationsBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;
    @Value("${sandbox.demo-apps.eoffice.url}")
    String eoffice;
    @Value("${sandbox.demo-apps.onestop.url}")
    String onestop;

    String portal;
    BrowserContext browser;
    Page page;

    @BeforeEach
    void openBrowser() {
        portal = "http://localhost:" + port;
        browser = HeadlessChromium.newContext();
        page = browser.newPage();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private void typePassword() {
        page.fill("#username", "nguyenvanan");
        page.fill("#password", "Demo@2026");
        page.click("button[type=submit]");
    }

    private void signInAtThePortal() {
        page.navigate(portal + "/");
        typePassword();
        page.waitForSelector("li[data-app=vanphong-dt]");
    }

    private void openTile(String code, String landing) {
        page.navigate(portal + "/");
        page.click("li[data-app=" + code + "] a");
        page.waitForURL(landing);
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** Delivery of logout notices is asynchronous (a queue, every second here): a few seconds at most. */
    private static boolean within10Seconds(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 20; i++) {
            if (condition.getAsBoolean()) {
                return true;
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        return condition.getAsBoolean();
    }

    private boolean eofficeAsksForALogin() {
        page.navigate(eoffice + "/");
        return page.url().startsWith(portal + "/login");
    }

    private boolean onestopShowsItsLoginPage() {
        page.navigate(onestop + "/");
        return page.url().equals(onestop + "/dang-nhap");
    }

    @Test
    void oneLoginAtThePortalOpensBothApplicationsWithoutAPasswordPrompt() {
        signInAtThePortal();
        assertThat(page.textContent("li[data-app=vanphong-dt]")).contains("Văn phòng điện tử");
        assertThat(page.textContent("li[data-app=motcua-canbo]")).contains("Một cửa điện tử");
        screenshot("portal");

        Request authorization = page.waitForRequest(request -> request.url().startsWith(portal + "/oauth2/authorize"),
                () -> openTile("vanphong-dt", eoffice + "/"));
        assertThat(authorization.url()).contains("client_id=vanphong-dt", "code_challenge_method=S256");
        assertThat(page.textContent("#name")).isEqualTo("Nguyễn Văn An");
        assertThat(page.textContent("#who")).isEqualTo("nguyenvanan@demo.gov.vn");
        assertThat(page.textContent("#linked")).isEqualTo("an.nv");
        assertThat(page.textContent("#unit")).isEqualTo("Văn phòng UBND tỉnh");
        assertThat(page.textContent("#claim-aud")).isEqualTo("vanphong-dt");
        assertThat(page.textContent("#claim-linked_account")).isEqualTo("an.nv");
        screenshot("eoffice");

        openTile("motcua-canbo", onestop + "/");
        assertThat(page.textContent("#who")).isEqualTo("nguyenvanan@demo.gov.vn");
        assertThat(page.textContent("#name")).isEqualTo("Nguyễn Văn An");
        assertThat(page.textContent("#linked")).isEqualTo("nvan.vpubnd");
        assertThat(page.textContent("#attr-org_unit_code")).isEqualTo("VP_UBND");
        screenshot("onestop");
    }

    @Test
    void loggingOutAtThePortalSignsOutOfBothApplications() throws InterruptedException {
        signInAtThePortal();
        openTile("vanphong-dt", eoffice + "/");
        openTile("motcua-canbo", onestop + "/");

        page.navigate(portal + "/");
        page.click("#logout");
        page.waitForURL("**/login?logout");

        assertThat(within10Seconds(this::eofficeAsksForALogin))
                .as("the e-office still had a session after the portal logout (back-channel logout)").isTrue();
        assertThat(within10Seconds(this::onestopShowsItsLoginPage))
                .as("the one-stop application still had a session after the portal logout (CAS single logout)").isTrue();
        assertThat(page.textContent("#sso-login")).isEqualToIgnoringCase("Đăng nhập qua SSO");
    }

    @Test
    void signingInThroughTheOneStopFirstOpensTheEOfficeFromThePortalWithoutAPassword() {
        page.navigate(onestop + "/");
        assertThat(page.url()).isEqualTo(onestop + "/dang-nhap");
        screenshot("onestop-login");
        page.click("#sso-login");
        page.waitForURL(portal + "/login**");
        typePassword();
        page.waitForURL(onestop + "/");
        assertThat(page.textContent("#who")).isEqualTo("nguyenvanan@demo.gov.vn");

        page.navigate(portal + "/");
        assertThat(page.locator("#password").count()).as("a password prompt at the portal").isZero();
        openTile("vanphong-dt", eoffice + "/");
        assertThat(page.textContent("#name")).isEqualTo("Nguyễn Văn An");
    }

    @Test
    void theEOfficeLogoutButtonEndsTheSsoSessionAndTheOneStopSession() throws InterruptedException {
        signInAtThePortal();
        openTile("motcua-canbo", onestop + "/");
        openTile("vanphong-dt", eoffice + "/");

        page.click("#logout");
        page.waitForURL(eoffice + "/da-dang-xuat");
        assertThat(page.textContent("#bye")).isEqualTo("Bạn đã đăng xuất");
        screenshot("eoffice-logged-out");

        page.navigate(portal + "/");
        assertThat(page.url()).startsWith(portal + "/login");
        assertThat(within10Seconds(this::onestopShowsItsLoginPage))
                .as("the one-stop application still had a session after the e-office's logout").isTrue();
    }

    @Test
    void theOneStopLogoutButtonEndsTheSsoSessionAndReturnsToItsLoginPage() throws InterruptedException {
        signInAtThePortal();
        openTile("vanphong-dt", eoffice + "/");
        openTile("motcua-canbo", onestop + "/");

        page.click("#logout");
        page.waitForURL(onestop + "/dang-nhap?logout");
        assertThat(page.textContent("#logged-out")).isEqualTo("Bạn đã đăng xuất.");

        page.navigate(portal + "/");
        assertThat(page.url()).startsWith(portal + "/login");
        assertThat(within10Seconds(this::eofficeAsksForALogin))
                .as("the e-office still had a session after the one-stop application's logout").isTrue();
    }
}
