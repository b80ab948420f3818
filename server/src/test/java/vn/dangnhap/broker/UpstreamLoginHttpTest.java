package vn.dangnhap.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dangnhap.audit.AuditEvent;
import vn.dangnhap.audit.AuditLog;
import vn.dangnhap.audit.AuditQuery;
import vn.dangnhap.citizen.Cccd;
import vn.dangnhap.citizen.CitizenAccount;
import vn.dangnhap.citizen.CitizenAccounts;
import vn.dangnhap.credential.PasswordCredentials;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.EmailAddress;
import vn.dangnhap.directory.OfficialAccount;
import vn.dangnhap.testsupport.FormClient;

/**
 * The upstream login at the HTTP level against a small loopback provider that can misbehave on
 * purpose: state, nonce, signature, audience, expiry and algorithm of the ID token are all checked,
 * and every refusal ends on the login page with a message and creates nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.active=demo",
        "spring.datasource.url=jdbc:h2:mem:broker-http;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
class UpstreamLoginHttpTest {

    static final TinyOidcProvider PROVIDER = new TinyOidcProvider();

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry registry) {
        registry.add("dangnhap.broker.providers.tiny.preset", () -> "vneid");
        registry.add("dangnhap.broker.providers.tiny.label", () -> "Đăng nhập bằng Tiny");
        registry.add("dangnhap.broker.providers.tiny.issuer", PROVIDER::issuer);
        registry.add("dangnhap.broker.providers.tiny.client-id", () -> TinyOidcProvider.CLIENT_ID);
        registry.add("dangnhap.broker.providers.tiny.client-secret", () -> TinyOidcProvider.CLIENT_SECRET);
        // Nothing listens on port 1: the provider cannot be reached.
        registry.add("dangnhap.broker.providers.down.preset", () -> "vneid");
        registry.add("dangnhap.broker.providers.down.label", () -> "Đăng nhập bằng hệ thống hỏng");
        registry.add("dangnhap.broker.providers.down.issuer", () -> "http://127.0.0.1:1/realms/citizen");
        registry.add("dangnhap.broker.providers.down.client-id", () -> "x");
        registry.add("dangnhap.broker.providers.down.client-secret", () -> "y");
        registry.add("dangnhap.broker.http-timeout", () -> "2s");
        // The same provider once more, admitting officials with a verified number.
        registry.add("dangnhap.broker.providers.tinyofficials.preset", () -> "vneid");
        registry.add("dangnhap.broker.providers.tinyofficials.label", () -> "Cán bộ đăng nhập bằng Tiny");
        registry.add("dangnhap.broker.providers.tinyofficials.issuer", PROVIDER::issuer);
        registry.add("dangnhap.broker.providers.tinyofficials.client-id", () -> TinyOidcProvider.CLIENT_ID);
        registry.add("dangnhap.broker.providers.tinyofficials.client-secret", () -> TinyOidcProvider.CLIENT_SECRET);
        registry.add("dangnhap.broker.providers.tinyofficials.allow-officials", () -> "true");
    }

    @AfterAll
    static void stop() {
        PROVIDER.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    CitizenAccounts citizens;
    @Autowired
    PasswordCredentials passwords;
    @Autowired
    AuditLog audit;
    @Autowired
    Directory directory;

    private final HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void reset() {
        PROVIDER.mode(TinyOidcProvider.TokenMode.VALID);
    }

    @Test
    void startsTheCodeFlowWithPkceStateAndNonce() {
        FormClient browser = new FormClient(port);
        assertThat(browser.get("/login").body()).contains("href=\"/login/upstream/tiny\"").contains("Đăng nhập bằng Tiny");
        HttpResponse<String> start = browser.get("/login/upstream/tiny");
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location").orElseThrow()).startsWith(PROVIDER.issuer() + "/auth?");
        provider(start);
        Map<String, String> sent = PROVIDER.lastAuthorizationRequest;
        assertThat(sent.get("code_challenge_method")).isEqualTo("S256");
        assertThat(sent.get("code_challenge")).hasSizeGreaterThan(40);
        assertThat(sent.get("state")).hasSizeGreaterThan(20);
        assertThat(sent.get("nonce")).hasSizeGreaterThan(20);
        assertThat(sent.get("scope")).isEqualTo("openid profile email");
        assertThat(sent.get("redirect_uri")).isEqualTo("http://localhost:" + port + "/login/upstream/tiny/callback");
    }

    @Test
    void firstLoginCreatesTheAccountAndTheSecondReusesIt() {
        String pin = "001090000101";
        PROVIDER.signInAs(new TinyOidcProvider.Person(UUID.randomUUID().toString(), pin, "Trần Văn Bình", "19900702", "2"));
        FormClient browser = new FormClient(port);
        browser.get("/login");
        String before = browser.cookie("DANGNHAP_SESSION").orElse("");
        HttpResponse<String> done = loginThroughTiny(browser);
        assertThat(done.headers().firstValue("Location").orElseThrow()).isEqualTo("http://localhost:" + port + "/");
        assertThat(browser.cookie("DANGNHAP_SESSION").orElseThrow()).isNotEqualTo(before);
        CitizenAccount created = citizens.findByVerifiedPin(new Cccd(pin)).orElseThrow();
        assertThat(created.fullName()).isEqualTo("Trần Văn Bình");
        assertThat(created.birthDate()).isEqualTo(LocalDate.of(1990, 7, 2));
        assertThat(created.ial()).isEqualTo(2);
        assertThat(created.source()).isEqualTo(CitizenAccount.Source.EID);
        // The session is signed in: the login page sends it on.
        assertThat(browser.get("/login").headers().firstValue("Location").orElseThrow()).isEqualTo("http://localhost:" + port + "/");

        FormClient again = new FormClient(port);
        loginThroughTiny(again);
        assertThat(citizens.findByVerifiedPin(new Cccd(pin)).orElseThrow().id()).isEqualTo(created.id());
        assertThat(auditLines("UPSTREAM_LOGIN")).filteredOn(e -> created.id().equals(e.accountId())).hasSize(2)
                .allMatch(e -> "0010******01".equals(e.username()) && "tiny".equals(e.application()));
        assertThat(auditLines("EID_ACCOUNT_CREATED")).filteredOn(e -> created.id().equals(e.accountId())).hasSize(1);
        assertThat(audit.search(new AuditQuery(null, null, null, null, null, 500)))
                .noneMatch(e -> String.valueOf(e.username()).contains(pin) || String.valueOf(e.detail()).contains(pin));
    }

    @Test
    void aCallbackWithAnotherStateIsRefused() {
        String pin = "001090000202";
        PROVIDER.signInAs(new TinyOidcProvider.Person(UUID.randomUUID().toString(), pin, "Lê Văn Hai", "19900101", "2"));
        FormClient browser = new FormClient(port);
        HttpResponse<String> atProvider = provider(browser.get("/login/upstream/tiny"));
        String callback = atProvider.headers().firstValue("Location").orElseThrow().replaceAll("state=[^&]+", "state=forged");
        HttpResponse<String> refused = browser.get(callback);
        assertRefused(browser, refused, "Phiên đăng nhập bằng tài khoản định danh điện tử đã hết hạn hoặc không hợp lệ");
        assertThat(citizens.findByVerifiedPin(new Cccd(pin))).isEmpty();
        assertThat(auditLines("UPSTREAM_LOGIN")).anyMatch(e -> "STATE_MISMATCH".equals(e.reason()) && "FAILURE".equals(e.outcome()));
    }

    @Test
    void aCallbackWithoutALoginUnderWayOrReplayedIsRefused() {
        String pin = "001090000303";
        PROVIDER.signInAs(new TinyOidcProvider.Person(UUID.randomUUID().toString(), pin, "Lê Văn Ba", "19900101", "2"));
        FormClient stranger = new FormClient(port);
        assertRefused(stranger, stranger.get("/login/upstream/tiny/callback?code=abc&state=xyz"),
                "Phiên đăng nhập bằng tài khoản định danh điện tử đã hết hạn hoặc không hợp lệ");

        FormClient browser = new FormClient(port);
        HttpResponse<String> atProvider = provider(browser.get("/login/upstream/tiny"));
        String callback = atProvider.headers().firstValue("Location").orElseThrow();
        assertThat(browser.get(callback).headers().firstValue("Location").orElseThrow()).endsWith("/");
        FormClient replaying = new FormClient(port);
        assertRefused(replaying, replaying.get(callback), "đã hết hạn hoặc không hợp lệ");
    }

    @Test
    void idTokensThatDoNotValidateAreRefused() {
        for (TinyOidcProvider.TokenMode mode : new TinyOidcProvider.TokenMode[] {TinyOidcProvider.TokenMode.OTHER_KEY,
                TinyOidcProvider.TokenMode.WRONG_NONCE, TinyOidcProvider.TokenMode.WRONG_AUDIENCE,
                TinyOidcProvider.TokenMode.EXPIRED, TinyOidcProvider.TokenMode.HS256}) {
            String pin = "00109000040" + mode.ordinal();
            PROVIDER.signInAs(new TinyOidcProvider.Person(UUID.randomUUID().toString(), pin, "Lê Văn Bốn", "19900101", "2"));
            PROVIDER.mode(mode);
            FormClient browser = new FormClient(port);
            HttpResponse<String> refused = loginThroughTiny(browser);
            assertRefused(browser, refused, "Không xác minh được thông tin đăng nhập nhận từ hệ thống định danh điện tử");
            assertThat(citizens.findByVerifiedPin(new Cccd(pin))).as(mode.name()).isEmpty();
            assertThat(browser.get("/").headers().firstValue("Location")).as(mode.name()).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
        assertThat(auditLines("UPSTREAM_LOGIN")).filteredOn(e -> "INVALID_ID_TOKEN".equals(e.reason())).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void aMalformedNumberFromTheProviderIsRefusedWithAClearMessage() {
        PROVIDER.signInAs(new TinyOidcProvider.Person(UUID.randomUUID().toString(), "12345", "Lê Văn Năm", "19900101", "2"));
        FormClient browser = new FormClient(port);
        assertRefused(browser, loginThroughTiny(browser), "số định danh cá nhân hoặc họ tên không hợp lệ");
        assertThat(auditLines("UPSTREAM_LOGIN")).anyMatch(e -> "BAD_CLAIMS".equals(e.reason()));
    }

    @Test
    void anUnreachableProviderEndsOnTheLoginPage() {
        FormClient browser = new FormClient(port);
        assertThat(browser.get("/login").body()).contains("href=\"/login/upstream/down\"");
        assertRefused(browser, browser.get("/login/upstream/down"), "Hiện không kết nối được với hệ thống định danh điện tử");
        assertThat(auditLines("UPSTREAM_LOGIN")).anyMatch(e -> "UNREACHABLE".equals(e.reason()) && "down".equals(e.application()));
    }

    @Test
    void anOldAccountClaimingTheNumberIsNeverTakenOverWithoutItsPassword() {
        String pin = "036185000606";
        CitizenAccount old = citizens.createLegacy("dung.pham.http", "Phạm Thị Dung", LocalDate.of(1985, 1, 9),
                new Cccd(pin), null, "dung@example.vn", null);
        passwords.setPassword(old.id(), "CongDan#Cu2019");
        PROVIDER.signInAs(new TinyOidcProvider.Person(UUID.randomUUID().toString(), pin, "Phạm Thị Dung", "19850109", "2"));
        FormClient browser = new FormClient(port);
        HttpResponse<String> asked = loginThroughTiny(browser);
        assertThat(asked.headers().firstValue("Location").orElseThrow()).endsWith("/login/upstream/attach");
        String page = browser.follow(asked).body();
        assertThat(page).contains("Bạn đã có tài khoản cũ?").contains("0361******06").doesNotContain(pin);

        HttpResponse<String> wrong = browser.postForm("/login/upstream/attach", Map.of("username", "dung.pham.http",
                "password", "DoanBua#123", "_csrf", FormClient.csrfToken(page)));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("Tên đăng nhập hoặc mật khẩu không đúng. Tài khoản chưa được gắn.");
        assertThat(citizens.account(old.id()).verifiedPin()).isNull();
        assertThat(citizens.findByVerifiedPin(new Cccd(pin))).isEmpty();
        assertThat(auditLines("EID_ATTACH")).anyMatch(e -> "BAD_PASSWORD".equals(e.reason()) && old.id().equals(e.accountId()));

        HttpResponse<String> proven = browser.postForm("/login/upstream/attach", Map.of("username", "dung.pham.http",
                "password", "CongDan#Cu2019", "_csrf", FormClient.csrfToken(wrong.body())));
        assertThat(proven.statusCode()).isEqualTo(302);
        assertThat(proven.headers().firstValue("Location").orElseThrow()).endsWith("/");
        assertThat(citizens.findByVerifiedPin(new Cccd(pin)).orElseThrow().id()).isEqualTo(old.id());
        assertThat(auditLines("EID_ATTACH")).anyMatch(e -> "VERIFIED".equals(e.reason()) && old.id().equals(e.accountId()));
    }

    @Test
    void choosingANewAccountLeavesTheOldOneAlone() {
        String pin = "031178000707";
        CitizenAccount old = citizens.createLegacy("em.hoang.http", "Hoàng Văn Em", LocalDate.of(1978, 5, 30),
                new Cccd(pin), null, null, null);
        PROVIDER.signInAs(new TinyOidcProvider.Person(UUID.randomUUID().toString(), pin, "Hoàng Văn Em", "19780530", "2"));
        FormClient browser = new FormClient(port);
        String page = browser.follow(loginThroughTiny(browser)).body();
        HttpResponse<String> created = browser.postForm("/login/upstream/attach/new", Map.of("_csrf", FormClient.csrfToken(page)));
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/");
        CitizenAccount fresh = citizens.findByVerifiedPin(new Cccd(pin)).orElseThrow();
        assertThat(fresh.id()).isNotEqualTo(old.id());
        assertThat(citizens.account(old.id()).verifiedPin()).isNull();
        assertThat(citizens.account(old.id()).status()).isEqualTo(CitizenAccount.Status.ACTIVE);
    }

    @Test
    void anOfficialWithAVerifiedNumberSignsInAsTheOfficialOnlyWhereTheProviderAdmitsOfficials() {
        String pin = "001080000808";
        OfficialAccount official = directory.findOfficial(new EmailAddress("nguyenvanan@demo.gov.vn")).orElseThrow();
        directory.setVerifiedPin(official.id(), pin);
        PROVIDER.signInAs(new TinyOidcProvider.Person(UUID.randomUUID().toString(), pin, official.fullName(), "19800101", "2"));

        FormClient browser = new FormClient(port);
        // The e-ID login continues the request it interrupted (as an application's OIDC or CAS login is).
        assertThat(browser.get("/account/profile").headers().firstValue("Location").orElseThrow()).endsWith("/login");
        HttpResponse<String> atProvider = provider(browser.get("/login/upstream/tinyofficials"));
        HttpResponse<String> done = browser.get(atProvider.headers().firstValue("Location").orElseThrow());
        assertThat(done.headers().firstValue("Location").orElseThrow()).startsWith("http://localhost:" + port + "/account/profile");
        assertThat(browser.get("/account/profile").statusCode()).isEqualTo(200);
        String portal = browser.get("/").body();
        assertThat(portal).contains(official.fullName());
        assertThat(citizens.findByVerifiedPin(new Cccd(pin))).isEmpty();
        assertThat(auditLines("UPSTREAM_LOGIN")).anyMatch(e -> official.id().equals(e.accountId()) && "OFFICIAL".equals(e.reason()));

        // Logout ends the upstream session too: RP-initiated logout with the ID token and the way back.
        HttpResponse<String> logout = browser.postForm("/logout", Map.of("_csrf", FormClient.csrfToken(portal)));
        String location = logout.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(PROVIDER.issuer() + "/logout?id_token_hint=ey")
                .contains("post_logout_redirect_uri=http://localhost:" + port + "/login?logout");
        assertThat(browser.get("/").headers().firstValue("Location").orElseThrow()).endsWith("/login");

        // The provider without "officials" treats the same person as a citizen.
        FormClient citizenSide = new FormClient(port);
        loginThroughTiny(citizenSide);
        assertThat(citizens.findByVerifiedPin(new Cccd(pin))).isPresent();
        directory.setVerifiedPin(official.id(), (String) null);
    }

    /** Start at Dangnhap, pass the provider, come back: the callback's answer. */
    private HttpResponse<String> loginThroughTiny(FormClient browser) {
        HttpResponse<String> atProvider = provider(browser.get("/login/upstream/tiny"));
        return browser.get(atProvider.headers().firstValue("Location").orElseThrow());
    }

    private HttpResponse<String> provider(HttpResponse<String> start) {
        assertThat(start.statusCode()).as(start.headers().map().toString()).isEqualTo(302);
        try {
            return plain.send(HttpRequest.newBuilder(URI.create(start.headers().firstValue("Location").orElseThrow())).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertRefused(FormClient browser, HttpResponse<String> refused, String message) {
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(browser.follow(refused).body()).contains(message);
    }

    private java.util.List<AuditEvent> auditLines(String type) {
        return audit.search(new AuditQuery(type, null, null, null, null, 500));
    }
}
