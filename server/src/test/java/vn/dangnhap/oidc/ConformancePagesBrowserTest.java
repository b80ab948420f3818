package vn.dangnhap.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangnhap.directory.AccessRules;
import vn.dangnhap.directory.ApplicationCatalogue;
import vn.dangnhap.testsupport.HeadlessChromium;
import vn.dangnhap.testsupport.TestApplications;

/**
 * The two pages the conformance work added, in a real browser: the re-authentication page
 * ({@code prompt=login}) and the form-post answer, which the browser submits to the application
 * by itself under the page's Content-Security-Policy. Screenshots in {@code target/screenshots}.
 * Shares the Spring context of {@link OidcProtocolContract}'s H2 variant.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.active=demo",
        "spring.datasource.url=jdbc:h2:mem:oidc-nimbus;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "dangnhap.oidc.minimum-token-seconds=1"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConformancePagesBrowserTest {

    static final String CALLBACK = "http://127.0.0.1:9/form-post-callback";

    @LocalServerPort
    int port;
    @Autowired
    OidcClients clients;
    @Autowired
    ApplicationCatalogue catalogue;
    @Autowired
    AccessRules access;

    @BeforeAll
    void register() {
        TestApplications.create(catalogue, access, "pages-app", "*");
        clients.register(new OidcClientInput("pages-app", "Pages", ClientType.CONFIDENTIAL, List.of(CALLBACK), List.of(), null, null,
                List.of("openid"), true, false, false, null, null));
    }

    @Test
    void reauthenticationThenFormPostReachTheApplication() {
        String base = "http://localhost:" + port;
        String authorize = base + "/oauth2/authorize?response_type=code&client_id=pages-app&scope=openid&state=s-1"
                + "&redirect_uri=" + CALLBACK + "&prompt=login&response_mode=form_post";
        try (BrowserContext context = HeadlessChromium.newContext()) {
            AtomicReference<String> posted = new AtomicReference<>();
            context.route(CALLBACK, route -> {
                posted.set(route.request().postData());
                route.fulfill(new Route.FulfillOptions().setStatus(200).setContentType("text/html").setBody("<p id=app>ok</p>"));
            });
            Page page = context.newPage();
            page.navigate(base + "/login");
            page.fill("#username", "nguyenvanan");
            page.fill("#password", "Demo@2026");
            page.click("button[type=submit]");
            page.waitForURL(base + "/");

            page.navigate(authorize);
            page.waitForURL(base + "/login/again");
            assertThat(page.inputValue("#username")).isEqualTo("nguyenvanan@demo.gov.vn");
            assertThat(page.textContent("h1")).isEqualTo("Xác nhận lại mật khẩu");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/login-again.png")).setFullPage(true));

            page.fill("#password", "Demo@2026");
            page.click("button[type=submit]");
            page.waitForURL(CALLBACK);
            assertThat(posted.get()).contains("code=").contains("state=s-1").contains("iss=");
        }
    }

    @Test
    void theFormPostPageWithoutScriptShowsAContinueButton() {
        String base = "http://localhost:" + port;
        try (BrowserContext context = HeadlessChromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setJavaScriptEnabled(false))) {
            Page page = context.newPage();
            page.navigate(base + "/login");
            page.fill("#username", "nguyenvanan");
            page.fill("#password", "Demo@2026");
            page.click("button[type=submit]");
            page.waitForURL(base + "/");
            page.navigate(base + "/oauth2/authorize?response_type=code&client_id=pages-app&scope=openid&state=s-2"
                    + "&redirect_uri=" + CALLBACK + "&response_mode=form_post");
            assertThat(page.textContent("#form-post-explain")).contains("Đang chuyển về ứng dụng");
            assertThat(page.isVisible("button[type=submit]")).isTrue();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/form-post.png")).setFullPage(true));
        }
    }
}
