package vn.dangnhap.oidc.internal;

import vn.dangnhap.directory.AccessRules;
import vn.dangnhap.directory.ApplicationCatalogue;
import vn.dangnhap.testsupport.TestApplications;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangnhap.audit.AuditLog;
import vn.dangnhap.audit.AuditQuery;
import vn.dangnhap.oidc.ClientType;
import vn.dangnhap.oidc.OidcClientInput;
import vn.dangnhap.oidc.OidcClients;
import vn.dangnhap.oidc.SigningKeyRotation;
import vn.dangnhap.testsupport.FormClient;
import vn.dangnhap.testsupport.MutableClock;

/**
 * What happens to grants over time: consent is asked once and can be revoked; a logout reaches an
 * application that was down once it is back; signing keys rotate with an overlap; expired grants
 * are cleaned up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.active=demo",
        "spring.datasource.url=jdbc:h2:mem:oidc-lifecycle;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "spring.main.allow-bean-definition-overriding=true",
        "dangnhap.session.logout-delivery-interval=PT1S",
        "dangnhap.oidc.key-overlap=PT1H",
        "dangnhap.oidc.minimum-token-seconds=1"})
@Import(MutableClock.Config.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcSessionLifecycleTest {

    private static final String REDIRECT = "http://127.0.0.1:9/callback";
    private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");

    @LocalServerPort
    int port;
    @Autowired
    OidcClients clients;
    @Autowired
    ApplicationCatalogue catalogue;
    @Autowired
    AccessRules access;
    @Autowired
    SigningKeyRotation rotation;
    @Autowired
    MutableClock clock;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    GrantCleanup cleanup;

    private String authorizeUrl(String clientId, String scope) {
        return "/oauth2/authorize?response_type=code&client_id=" + clientId + "&redirect_uri=" + REDIRECT
                + "&scope=" + scope.replace(" ", "%20") + "&state=s1&nonce=n1";
    }

    private FormClient signedIn() {
        FormClient browser = new FormClient(port);
        assertThat(browser.logIn("tranthibinh", "Demo@2026").headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return browser;
    }

    @Test
    void consentIsAskedInVietnameseRememberedAndRevocable() {
        TestApplications.create(catalogue, access, "third-party", "*");
        clients.register(new OidcClientInput("third-party", "Ứng dụng bên ngoài", ClientType.CONFIDENTIAL, List.of(REDIRECT),
                List.of(), null, null, List.of("openid", "profile", "email"), false, false, false, null, null));
        FormClient browser = signedIn();

        HttpResponse<String> asked = browser.get(authorizeUrl("third-party", "openid profile email"));
        assertThat(asked.headers().firstValue("Location").orElseThrow()).contains("/oauth2/consent");
        HttpResponse<String> page = browser.follow(asked);
        assertThat(page.body()).contains("Cấp quyền cho ứng dụng", "Ứng dụng bên ngoài", "Địa chỉ thư công vụ");
        String state = Pattern.compile("name=\"state\" value=\"([^\"]+)\"").matcher(page.body()).results()
                .findFirst().orElseThrow().group(1);
        HttpResponse<String> approved = browser.postForm("/oauth2/authorize", List.of(
                Map.entry("client_id", "third-party"), Map.entry("state", state), Map.entry("scope", "profile"),
                Map.entry("scope", "email"), Map.entry("_csrf", FormClient.csrfToken(page.body()))));
        assertThat(approved.headers().firstValue("Location").orElseThrow()).startsWith(REDIRECT).contains("code=");

        HttpResponse<String> remembered = browser.get(authorizeUrl("third-party", "openid profile email"));
        assertThat(remembered.headers().firstValue("Location").orElseThrow()).startsWith(REDIRECT).contains("code=");

        HttpResponse<String> list = browser.get("/account/consents");
        assertThat(list.body()).contains("Ứng dụng bên ngoài");
        HttpResponse<String> revoked = browser.postForm("/account/consents/third-party/revoke",
                Map.of("_csrf", FormClient.csrfToken(list.body())));
        assertThat(revoked.statusCode()).isEqualTo(302);
        assertThat(browser.get(authorizeUrl("third-party", "openid profile email")).headers().firstValue("Location").orElseThrow())
                .contains("/oauth2/consent");
        assertThat(audit.search(new AuditQuery("CONSENT_GRANTED", null, null, null, null, 10))).isNotEmpty();
        assertThat(audit.search(new AuditQuery("CONSENT_REVOKED", null, null, null, null, 10))).isNotEmpty();
    }

    @Test
    void aLogoutReachesAnApplicationThatWasDownOnceItIsBack() throws Exception {
        int appPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            appPort = socket.getLocalPort();
        }
        TestApplications.create(catalogue, access, "flaky-app", "*");
        String secret = clients.register(new OidcClientInput("flaky-app", "Ứng dụng hay tắt", ClientType.CONFIDENTIAL,
                List.of(REDIRECT), List.of(), "http://127.0.0.1:" + appPort + "/backchannel", null, List.of("openid"),
                true, false, false, null, null)).secret();
        FormClient browser = signedIn();
        String code = codeFrom(browser.get(authorizeUrl("flaky-app", "openid")));
        String idToken = exchange("flaky-app", secret, code);
        String sid = SignedJWT.parse(idToken).getJWTClaimsSet().getStringClaim("sid");

        browser.postForm("/logout", Map.of("_csrf", FormClient.csrfToken(browser.get("/").body())));
        waitFor(() -> !audit.search(new AuditQuery("BACKCHANNEL_LOGOUT", "FAILURE", null, null, null, 10)).isEmpty());

        BlockingQueue<String> received = new ArrayBlockingQueue<>(1);
        HttpServer app = HttpServer.create(new InetSocketAddress("127.0.0.1", appPort), 0);
        app.createContext("/backchannel", exchange -> {
            received.offer(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.US_ASCII));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        app.start();
        try {
            String body = received.poll(20, TimeUnit.SECONDS);
            assertThat(body).as("no logout token after the application came back").startsWith("logout_token=");
            SignedJWT token = SignedJWT.parse(URLDecoder.decode(body.substring("logout_token=".length()), StandardCharsets.US_ASCII));
            assertThat(token.getHeader().getType().toString()).isEqualTo("logout+jwt");
            assertThat(token.getJWTClaimsSet().getStringClaim("sid")).isEqualTo(sid);
            assertThat(token.getJWTClaimsSet().getAudience()).containsExactly("flaky-app");
            assertThat(token.getJWTClaimsSet().getJSONObjectClaim("events")).containsKey("http://schemas.openid.net/event/backchannel-logout");
            assertThat(token.getJWTClaimsSet().getClaim("nonce")).isNull();
            waitFor(() -> !audit.search(new AuditQuery("BACKCHANNEL_LOGOUT", "SUCCESS", null, null, null, 10)).isEmpty());
        } finally {
            app.stop(0);
        }
    }

    @Test
    void aTokenSignedBeforeRotationVerifiesDuringTheOverlapAndFailsAfter() throws Exception {
        TestApplications.create(catalogue, access, "rotation-app", "*");
        String secret = clients.register(new OidcClientInput("rotation-app", "Rotation", ClientType.CONFIDENTIAL,
                List.of(REDIRECT), List.of(), null, null, List.of("openid"), true, false, true, 3600, null)).secret();
        String before = clientCredentialsToken("rotation-app", secret);
        String oldKid = SignedJWT.parse(before).getHeader().getKeyID();

        rotation.rotate();
        String after = clientCredentialsToken("rotation-app", secret);
        assertThat(SignedJWT.parse(after).getHeader().getKeyID()).isNotEqualTo(oldKid);
        assertThat(verifiesAgainstPublishedKeys(before)).isTrue();
        assertThat(verifiesAgainstPublishedKeys(after)).isTrue();

        clock.advance(Duration.ofHours(2));
        assertThat(jwks().getKeyByKeyId(oldKid)).isNull();
        assertThat(verifiesAgainstPublishedKeys(before)).isFalse();
        assertThat(verifiesAgainstPublishedKeys(after)).isTrue();
    }

    @Test
    void expiredGrantsAreRemovedByTheCleanup() {
        TestApplications.create(catalogue, access, "short-app", "*");
        String secret = clients.register(new OidcClientInput("short-app", "Short", ClientType.CONFIDENTIAL,
                List.of(REDIRECT), List.of(), null, null, List.of("openid"), true, false, true, 1, null)).secret();
        clientCredentialsToken("short-app", secret);
        assertThat(rows("short-app")).isEqualTo(1);
        clock.advance(Duration.ofDays(1));
        assertThat(cleanup.removeExpired()).isPositive();
        assertThat(rows("short-app")).isZero();
    }

    // --- helpers -----------------------------------------------------------------------------

    private long rows(String clientId) {
        return jdbc.sql("SELECT COUNT(*) FROM oidc_authorization WHERE client_id = ?").param(clientId).query(Long.class).single();
    }

    private static String codeFrom(HttpResponse<String> redirect) {
        Matcher m = CODE.matcher(redirect.headers().firstValue("Location").orElseThrow());
        assertThat(m.find()).isTrue();
        return URLDecoder.decode(m.group(1), StandardCharsets.US_ASCII);
    }

    private String exchange(String clientId, String secret, String code) {
        String body = tokenRequest(clientId, secret, "grant_type=authorization_code&code=" + code + "&redirect_uri=" + REDIRECT);
        return field(body, "id_token");
    }

    private String clientCredentialsToken(String clientId, String secret) {
        return field(tokenRequest(clientId, secret, "grant_type=client_credentials"), "access_token");
    }

    private String tokenRequest(String clientId, String secret, String form) {
        try {
            var request = java.net.http.HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                            .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build();
            HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return response.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return m.group(1);
    }

    private JWKSet jwks() throws Exception {
        return JWKSet.parse(new FormClient(port).get("/oauth2/jwks").body());
    }

    private boolean verifiesAgainstPublishedKeys(String token) throws Exception {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(jwks())));
        processor.setJWTClaimsSetVerifier((claims, context) -> { });
        try {
            processor.process(token, null);
            return true;
        } catch (BadJOSEException e) {
            return false;
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            TimeUnit.MILLISECONDS.sleep(200);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }
}
