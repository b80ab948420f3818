package vn.dangnhap.linking;

import vn.dangnhap.testsupport.TestApplications;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import testrp.RelyingPartyApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dangnhap.audit.AuditEvent;
import vn.dangnhap.audit.AuditLog;
import vn.dangnhap.audit.AuditQuery;
import vn.dangnhap.directory.AccessRules;
import vn.dangnhap.directory.AppAccessRule;
import vn.dangnhap.oidc.ClientType;
import vn.dangnhap.oidc.OidcClientInput;
import vn.dangnhap.oidc.OidcClients;
import vn.dangnhap.directory.ApplicationCatalogue;
import vn.dangnhap.directory.ApplicationInput;
import vn.dangnhap.testsupport.HeadlessChromium;

/**
 * A real browser and a real relying party (Spring Security's OAuth2 client) against an application
 * whose release rule requires an account link: the sign-in of an unlinked official stops on the
 * "Không thể xác thực người dùng!" page; once the administrator links the account (admin API) the
 * same tile click signs in and the application reads the linked name. And the application side:
 * with its client-credentials token and the official's token it links the official itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.active=demo",
        "spring.datasource.url=jdbc:h2:mem:linking-rp;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkedAccountBrowserTest {

    static final String ADMIN = "admin@demo.gov.vn";
    static final String PASSWORD = "Demo@2026";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    OidcClients clients;
    @Autowired
    ApplicationCatalogue catalogue;
    @Autowired
    AccessRules access;
    @Autowired
    AuditLog audit;

    ConfigurableApplicationContext relyingParty;
    String provider;
    String app;
    String secret;
    String otherSecret;
    BrowserContext browser;
    Page page;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void startRelyingParty() throws IOException {
        int rpPort = RelyingPartyApplication.freePort();
        provider = "http://localhost:" + port;
        app = "http://127.0.0.1:" + rpPort;
        catalogue.create(new ApplicationInput("e-office", "Văn phòng điện tử", "iDesk", "GENERIC", app + "/", 1));
        access.replaceRules("e-office", List.of(AppAccessRule.EVERYONE));
        TestApplications.create(catalogue, access, "one-stop", "*");
        secret = clients.register(new OidcClientInput("e-office", "Văn phòng điện tử", ClientType.CONFIDENTIAL,
                List.of(app + "/login/oauth2/code/dangnhap"), List.of(app + "/loggedout"), null,
                app + "/oauth2/authorization/dangnhap", List.of("openid", "profile", "email", "org"), true, false, true,
                null, null)).secret();
        otherSecret = clients.register(new OidcClientInput("one-stop", "Một cửa", ClientType.CONFIDENTIAL,
                List.of("http://127.0.0.1:9/cb"), List.of(), null, null, List.of("openid"), true, false, true,
                null, null)).secret();

        relyingParty = RelyingPartyApplication.start(rpPort, "e-office", secret, provider);
    }

    @AfterAll
    void stopRelyingParty() {
        if (relyingParty != null) {
            relyingParty.close();
        }
    }

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.newContext();
        page = browser.newPage();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private void signInToThePortal(String username) {
        page.navigate(provider + "/");
        page.fill("#username", username);
        page.fill("#password", PASSWORD);
        page.click("button[type=submit]");
        page.waitForSelector("li[data-app=e-office]");
    }

    @Test
    void anUnlinkedOfficialIsStoppedAndAfterTheAdminLinksTheAccountTheSameClickSignsInWithTheLinkedName() throws Exception {
        HttpResponse<String> rule = admin("PUT", "/api/admin/links/rules/e-office",
                "{\"release\":\"BOTH\",\"linkRequired\":true,\"asPreferredUsername\":true}");
        assertThat(rule.statusCode()).isEqualTo(200);

        List<Integer> authorizeStatuses = new ArrayList<>();
        page.onResponse(r -> {
            if (r.url().startsWith(provider + "/oauth2/authorize")) {
                authorizeStatuses.add(r.status());
            }
        });
        signInToThePortal("nguyenvanan");
        // The tile is shown (linking is what is missing); the click is refused with the one refusal page.
        page.click("li[data-app=e-office] a");
        page.waitForSelector("#refused");
        assertThat(page.url()).startsWith(provider + "/launch/e-office");
        assertThat(page.textContent("#refused")).isEqualTo("ERR: Không thể xác thực người dùng!");
        String atLaunch = page.textContent("#refused-reference").strip();

        // The application's own sign-in (OpenID Connect) is refused the same way, before any code.
        page.navigate(app + "/");
        page.waitForSelector("#refused");
        assertThat(page.textContent("#refused")).isEqualTo("ERR: Không thể xác thực người dùng!");
        assertThat(page.textContent("#refused-app")).contains("Văn phòng điện tử");
        assertThat(page.textContent("#refused-what")).contains("/account/links");
        assertThat(page.textContent("#refused-contact")).contains("hotro@demo.gov.vn");
        assertThat(page.isVisible("#refused-links")).isTrue();
        String reference = page.textContent("#refused-reference").strip();
        assertThat(reference).matches("[A-Z2-9]{8}").isNotEqualTo(atLaunch);
        assertThat(authorizeStatuses).contains(403);
        assertThat(page.url()).startsWith(provider + "/oauth2/authorize");
        List<AuditEvent> missing = audit.search(new AuditQuery("ENTRY_REFUSED", "FAILURE", null, null, null, 20));
        assertThat(missing).anyMatch(e -> "e-office".equals(e.application()) && "LINK_MISSING".equals(e.reason())
                && e.detail().startsWith("OIDC") && e.detail().contains(reference) && "nguyenvanan@demo.gov.vn".equals(e.username()));
        assertThat(missing).anyMatch(e -> "e-office".equals(e.application()) && "LINK_MISSING".equals(e.reason())
                && e.detail().startsWith("PORTAL") && e.detail().contains(atLaunch));

        HttpResponse<String> linked = admin("POST", "/api/admin/links",
                "{\"email\":\"nguyenvanan@demo.gov.vn\",\"application\":\"e-office\",\"applicationAccount\":\"an.nv\"}");
        assertThat(linked.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(linked.body()).get("status").asString()).isEqualTo("ACTIVE");

        page.navigate(provider + "/");
        page.click("li[data-app=e-office] a");
        // The application remembered the page asked for before the refusal: it may add "?continue".
        page.waitForURL(java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(app) + "/(\\?continue)?$"));
        assertThat(page.textContent("#linked")).isEqualTo("an.nv");
        assertThat(page.textContent("#username")).isEqualTo("an.nv");
        assertThat(page.textContent("#who")).isEqualTo("nguyenvanan@demo.gov.vn");
    }

    @Test
    void theApplicationLinksTheOfficialWithItsClientCredentialsAndTheOfficialsToken() throws Exception {
        assertThat(admin("PUT", "/api/admin/links/rules/e-office", "{\"release\":\"LINKED_NAME\",\"linkRequired\":false}")
                .statusCode()).isEqualTo(200);
        signInToThePortal("tranthibinh");
        page.click("li[data-app=e-office] a");
        page.waitForURL(app + "/");
        // LINKED_NAME and no link yet: neither the e-mail nor a linked name is released.
        assertThat(page.textContent("#who")).isEqualTo("null");
        assertThat(page.textContent("#linked")).isEqualTo("null");
        page.navigate(app + "/token");
        String userToken = page.textContent("body").strip();

        String appToken = clientCredentials("e-office", secret);
        HttpResponse<String> noToken = send(HttpRequest.newBuilder(URI.create(provider + "/api/links")).GET());
        assertThat(noToken.statusCode()).isEqualTo(401);
        // Another application cannot use a token issued to e-office.
        HttpResponse<String> wrongClient = linkByApplication(clientCredentials("one-stop", otherSecret), userToken, "binh.tt");
        assertThat(wrongClient.statusCode()).isEqualTo(403);
        // A user's token is not the application's own credential.
        assertThat(linkByApplication(userToken, userToken, "binh.tt").statusCode()).isEqualTo(403);

        HttpResponse<String> created = linkByApplication(appToken, userToken, "binh.tt");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode link = JSON.readTree(created.body());
        assertThat(link.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(link.get("origin").asString()).isEqualTo("APPLICATION");
        assertThat(linkByApplication(appToken, userToken, "binh.tt").statusCode()).isEqualTo(200);

        HttpResponse<String> list = send(HttpRequest.newBuilder(URI.create(provider + "/api/links"))
                .header("Authorization", "Bearer " + appToken).GET());
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("binh.tt");
        assertThat(send(HttpRequest.newBuilder(URI.create(provider + "/api/links"))
                .header("Authorization", "Bearer " + clientCredentials("one-stop", otherSecret)).GET()).body())
                .doesNotContain("binh.tt");

        // Signing in again, the application is told the linked name and not the e-mail.
        BrowserContext again = HeadlessChromium.newContext();
        try {
            page = again.newPage();
            signInToThePortal("tranthibinh");
            page.click("li[data-app=e-office] a");
            page.waitForURL(app + "/");
            assertThat(page.textContent("#linked")).isEqualTo("binh.tt");
            assertThat(page.textContent("#who")).isEqualTo("null");
        } finally {
            again.close();
        }

        HttpResponse<String> removed = send(HttpRequest.newBuilder(URI.create(provider + "/api/links/" + link.get("id").asString()))
                .header("Authorization", "Bearer " + appToken).DELETE());
        assertThat(removed.statusCode()).isEqualTo(204);
        assertThat(audit.search(new AuditQuery("LINK_REMOVED", null, null, null, null, 20)))
                .anyMatch(e -> "e-office".equals(e.application()) && e.detail().contains("binh.tt"));
    }

    @Test
    void aPendingLinkTheOfficialEnteredIsConfirmedByTheApplication() throws Exception {
        assertThat(admin("PUT", "/api/admin/links/rules/e-office", "{\"release\":\"BOTH\",\"linkRequired\":false}")
                .statusCode()).isEqualTo(200);
        signInToThePortal("levancuong");
        page.navigate(provider + "/account/links");
        page.selectOption("#application", "e-office");
        page.fill("#applicationAccount", "cuong.lv");
        page.click("#link-form button[type=submit]");
        page.waitForSelector("#links-requested");
        assertThat(page.textContent("tr[data-app=e-office] .status")).isEqualTo("Chờ xác nhận");

        page.navigate(provider + "/");
        page.click("li[data-app=e-office] a");
        page.waitForURL(app + "/");
        // Pending: not released yet.
        assertThat(page.textContent("#linked")).isEqualTo("null");
        page.navigate(app + "/token");
        String userToken = page.textContent("body").strip();

        HttpResponse<String> confirmed = linkByApplication(clientCredentials("e-office", secret), userToken, "cuong.lv");
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(confirmed.body()).get("status").asString()).isEqualTo("ACTIVE");
        assertThat(JSON.readTree(confirmed.body()).get("origin").asString()).isEqualTo("SELF_SERVICE");
        page.navigate(provider + "/account/links");
        assertThat(page.textContent("tr[data-app=e-office] .status")).isEqualTo("Đang hiệu lực");
        assertThat(audit.search(new AuditQuery("LINK_CONFIRMED", "SUCCESS", null, null, null, 20)))
                .anyMatch(e -> "levancuong@demo.gov.vn".equals(e.username()) && e.detail().endsWith("by e-office"));
    }

    private HttpResponse<String> linkByApplication(String appToken, String userToken, String name) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(provider + "/api/links"))
                .header("Authorization", "Bearer " + appToken)
                .header("X-User-Token", userToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"applicationAccount\":\"" + name + "\"}")));
    }

    private String clientCredentials(String clientId, String clientSecret) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(provider + "/oauth2/token"))
                .header("Authorization", basic(clientId, clientSecret))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("access_token").asString();
    }

    private HttpResponse<String> admin(String method, String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(provider + path))
                .header("Authorization", basic(ADMIN, PASSWORD))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
