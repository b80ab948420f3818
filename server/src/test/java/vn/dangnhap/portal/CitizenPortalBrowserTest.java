package vn.dangnhap.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import vn.dangnhap.citizen.Cccd;
import vn.dangnhap.citizen.CitizenAccount;
import vn.dangnhap.citizen.CitizenAccounts;
import vn.dangnhap.testsupport.CitizenSession;
import vn.dangnhap.testsupport.HeadlessChromium;

/**
 * The portal in a real Chromium as a citizen uses it: the greeting, only public-service tiles, the
 * citizen's own account page with the number masked, a tile click through the launcher, and the
 * officials-only profile page answered with a clear message. The session comes from the test-only
 * {@link CitizenSession} (same Spring context as {@link CitizenApplicationsOnH2Test}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.active=demo",
        "spring.datasource.url=jdbc:h2:mem:citizen-apps;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
@Import(CitizenSession.Config.class)
class CitizenPortalBrowserTest {

    private static final Set<String> OFFICIAL_DEMO_APPS =
            Set.of("ecabinet", "chidao", "ioffice-v4", "ioffice-v5", "lichcongtac", "dieuhanh", "thudientu");

    @LocalServerPort
    int port;
    @Autowired
    CitizenAccounts citizens;

    BrowserContext context;
    Page page;

    @BeforeEach
    void openBrowser() {
        context = HeadlessChromium.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("vi-VN"));
        // Connected applications live on other hosts; the test answers for them, no network is used.
        context.route(Pattern.compile("^https?://(?!localhost[:/]).*"), route -> route.fulfill(
                new com.microsoft.playwright.Route.FulfillOptions().setStatus(200).setContentType("text/html; charset=utf-8")
                        .setBody("<!doctype html><title>app</title><h1>" + route.request().url() + "</h1>")));
        page = context.newPage();
    }

    @AfterEach
    void closeBrowser() {
        context.close();
    }

    @Test
    void aCitizenSeesPublicServicesTheirAccountAndAClearMessageOnOfficialPages() {
        CitizenAccount dung = citizens.findByVerifiedPin(Cccd.parse("036185001234"))
                .orElseGet(() -> citizens.createFromEid(Cccd.parse("036185001234"), "Phạm Thị Dung", LocalDate.of(1985, 1, 9), 2));
        // 204 with the session cookie: through the context's request API, which shares the browser's cookies.
        assertThat(context.request().get(url(CitizenSession.PATH + "?account=" + dung.id())).status()).isEqualTo(204);
        page.navigate(url("/"));

        assertThat(page.locator(".who")).hasText("Xin chào, Phạm Thị Dung");
        Set<String> tiles = tiles();
        assertThat(tiles).contains("dvc-tinh", "motcua-dt").doesNotContainAnyElementsOf(OFFICIAL_DEMO_APPS);
        assertThat(page.locator(".admin-link")).hasCount(0);
        assertThat(page.locator("#change-password")).hasCount(0);

        page.locator("#profile-link").click();
        assertThat(page).hasURL(url("/account/citizen"));
        assertThat(page.locator("#citizen-name")).hasText("Phạm Thị Dung");
        assertThat(page.locator("#citizen-pin")).hasText("Đã xác thực (0361******34)");
        assertThat(page.locator("body")).not().containsText("036185001234");

        page.navigate(url("/account/profile"));
        assertThat(page.locator("#officials-only")).hasText("Trang này dành cho cán bộ, công chức");

        page.navigate(url("/"));
        page.locator("li.tile[data-app=motcua-dt] a").click();
        page.waitForURL("https://motcua-dt.demo.gov.vn/");
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
