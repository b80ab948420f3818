package vn.dangnhap.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apereo.cas.client.validation.Assertion;
import org.apereo.cas.client.validation.Cas30ServiceTicketValidator;
import org.junit.jupiter.api.Test;
import vn.dangnhap.testsupport.FormClient;
import vn.dangnhap.testsupport.HeadlessChromium;

/**
 * What a cluster must do, whatever holds its sessions (the database or Redis): two nodes behind
 * nginx serve one province as if they were one server.
 */
abstract class ClusterContract {

    static final String OFFICIAL = "nguyenvanan@demo.gov.vn";
    static final String OFFICIAL_NAME = "Nguyễn Văn An";
    static final String REDIRECT = "http://127.0.0.1:9/callback";

    abstract Cluster cluster();

    @Test
    void aBrowserSignedInThroughOneNodeKeepsWorkingOnTheOther() {
        Cluster cluster = cluster();
        try (BrowserContext browser = HeadlessChromium.newContext()) {
            Page page = browser.newPage();
            page.navigate(cluster.a().url() + "/login");
            page.fill("input[name=username]", OFFICIAL);
            page.fill("input[name=password]", Cluster.PASSWORD);
            page.click("button[type=submit]");
            page.waitForURL(url -> !url.contains("/login"));

            Response onB = page.navigate(cluster.b().url() + "/");
            assertThat(onB.status()).isEqualTo(200);
            assertThat(page.url()).doesNotContain("/login");
            assertThat(page.content()).contains(OFFICIAL_NAME);

            // through nginx, round robin: both nodes answer (pages and their style sheets and
            // scripts alternate), every page signed in
            Set<String> upstreams = java.util.concurrent.ConcurrentHashMap.newKeySet();
            page.onResponse(response -> {
                String upstream = response.headers().get("x-upstream");
                if (upstream != null) {
                    upstreams.add(upstream);
                }
            });
            for (int i = 0; i < 6; i++) {
                Response response = page.navigate(cluster.url() + (i % 2 == 0 ? "/" : "/account/profile"));
                assertThat(response.status()).isEqualTo(200);
                assertThat(page.url()).doesNotContain("/login");
                assertThat(page.content()).contains(OFFICIAL_NAME);
            }
            assertThat(upstreams).containsExactlyInAnyOrder("127.0.0.1:" + cluster.a().port(), "127.0.0.1:" + cluster.b().port());
        }
    }

    @Test
    void aCodeIssuedOnOneNodeIsRedeemedOnTheOtherAndItsRefreshTokenWorksOnBoth() throws Exception {
        Cluster cluster = cluster();
        cluster.application(cluster.a(), "hs-cluster");
        String secret = cluster.client(cluster.a(), "hs-cluster", REDIRECT, null);
        FormClient browser = signedIn(cluster.a());

        String code = code(browser, cluster.a(), "hs-cluster");
        OIDCTokenResponse tokens = token(cluster.b(), "hs-cluster", secret,
                new AuthorizationCodeGrant(new AuthorizationCode(code), URI.create(REDIRECT)));
        assertThat(tokens.getOIDCTokens().getIDToken().getJWTClaimsSet().getIssuer()).isEqualTo(cluster.issuer());

        RefreshToken refresh = tokens.getOIDCTokens().getRefreshToken();
        assertThat(refresh).isNotNull();
        OIDCTokenResponse onA = token(cluster.a(), "hs-cluster", secret, new RefreshTokenGrant(refresh));
        RefreshToken next = onA.getOIDCTokens().getRefreshToken() == null ? refresh : onA.getOIDCTokens().getRefreshToken();
        OIDCTokenResponse onB = token(cluster.b(), "hs-cluster", secret, new RefreshTokenGrant(next));

        UserInfoResponse userInfo = UserInfoResponse.parse(new UserInfoRequest(URI.create(cluster.a().url() + "/userinfo"),
                (BearerAccessToken) onB.getOIDCTokens().getAccessToken()).toHTTPRequest().send());
        assertThat(userInfo.indicatesSuccess()).isTrue();
        assertThat(userInfo.toSuccessResponse().getUserInfo().getEmailAddress()).isEqualTo(OFFICIAL);
    }

    @Test
    void aCasTicketIssuedOnOneNodeValidatesOnTheOther() throws Exception {
        Cluster cluster = cluster();
        String service = "https://cas-cluster.example.test/login/cas";
        cluster.application(cluster.a(), "cas-cluster");
        cluster.casService(cluster.a(), "cas-cluster", service);
        FormClient browser = signedIn(cluster.a());

        HttpResponse<String> login = browser.get(cluster.a().url() + "/cas/login?service="
                + URLEncoder.encode(service, StandardCharsets.UTF_8));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(302);
        Matcher ticket = Pattern.compile("[?&]ticket=([^&]+)").matcher(login.headers().firstValue("Location").orElseThrow());
        assertThat(ticket.find()).isTrue();

        Assertion assertion = new Cas30ServiceTicketValidator(cluster.b().url() + "/cas").validate(ticket.group(1), service);
        assertThat(assertion.getPrincipal().getName()).isEqualTo(OFFICIAL);
    }

    @Test
    void lockingTheAccountOnOneNodeEndsItsSessionsStartedOnTheOtherAndTellsTheApplicationOnce() throws Exception {
        Cluster cluster = cluster();
        List<String> logoutTokens = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/backchannel", exchange -> {
            logoutTokens.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        try {
            cluster.application(cluster.a(), "lock-cluster");
            String secret = cluster.client(cluster.a(), "lock-cluster", REDIRECT,
                    "http://127.0.0.1:" + receiver.getAddress().getPort() + "/backchannel");
            String official = "levancuong@demo.gov.vn";
            FormClient browser = signedIn(cluster.a(), official);
            // the application's session: its ID token (with the SSO session's sid), issued by A
            token(cluster.a(), "lock-cluster", secret, new AuthorizationCodeGrant(
                    new AuthorizationCode(code(browser, cluster.a(), "lock-cluster")), URI.create(REDIRECT)));
            assertThat(browser.get(cluster.a().url() + "/").statusCode()).isEqualTo(200);

            cluster.lock(cluster.b(), cluster.officialId(cluster.b(), official));

            HttpResponse<String> after = browser.get(cluster.a().url() + "/");
            assertThat(after.statusCode()).as("the session opened on A is gone").isEqualTo(302);
            assertThat(after.headers().firstValue("Location").orElseThrow()).contains("/login");
            long deadline = System.nanoTime() + 15_000_000_000L;
            while (logoutTokens.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(logoutTokens).as("the application heard of it").hasSize(1);
            Thread.sleep(3000); // a second node reporting the same end would deliver again by now
            assertThat(logoutTokens).as("once, not once per node").hasSize(1);
            assertThat(logoutTokens.get(0)).startsWith("logout_token=");
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void aClientRegisteredOnOneNodeWorksOnTheOtherWithinOneSecond() throws Exception {
        Cluster cluster = cluster();
        cluster.application(cluster.a(), "new-cluster");
        // B reads the client table now: an unknown client, kept in its cache as unknown
        assertThat(clientCredentials(cluster.b(), "new-cluster", "not-yet").indicatesSuccess()).isFalse();

        String secret = cluster.client(cluster.a(), "new-cluster", REDIRECT, null);
        long registered = System.nanoTime();
        TokenResponse response;
        do {
            response = clientCredentials(cluster.b(), "new-cluster", secret);
        } while (!response.indicatesSuccess() && System.nanoTime() - registered < 5_000_000_000L);
        long millis = (System.nanoTime() - registered) / 1_000_000;
        System.out.println("cluster: client registered on A served by B after " + millis + " ms");
        assertThat(response.indicatesSuccess()).isTrue();
        assertThat(millis).isLessThan(1000);
    }

    @Test
    void aKeyRotationOnOneNodeIsPublishedAndUsedByTheOtherWithinOneSecond() throws Exception {
        Cluster cluster = cluster();
        String before = new FormClient(cluster.b().url()).get("/oauth2/jwks").body();
        String rotated = cluster.admin(cluster.a(), "POST", "/api/admin/signing-keys/rotate", "{}", 200);
        List<String> active = new java.util.ArrayList<>();
        Matcher key = Pattern.compile("\\{[^}]*\"kid\"\\s*:\\s*\"([^\"]+)\"[^}]*\"status\"\\s*:\\s*\"ACTIVE\"").matcher(rotated);
        while (key.find()) {
            active.add(key.group(1));
        }
        assertThat(active).as(rotated).hasSize(2);
        assertThat(before).doesNotContain(active.get(0));
        long rotatedAt = System.nanoTime();
        String jwks;
        do {
            jwks = new FormClient(cluster.b().url()).get("/oauth2/jwks").body();
        } while (!jwks.contains(active.get(0)) && System.nanoTime() - rotatedAt < 5_000_000_000L);
        long millis = (System.nanoTime() - rotatedAt) / 1_000_000;
        System.out.println("cluster: key rotated on A published by B after " + millis + " ms");
        assertThat(jwks).contains(active.get(0), active.get(1));
        assertThat(millis).isLessThan(1000);
    }

    // --- helpers ---

    static FormClient signedIn(NodeProcess node) {
        return signedIn(node, OFFICIAL);
    }

    static FormClient signedIn(NodeProcess node, String email) {
        FormClient browser = new FormClient(node.url());
        HttpResponse<String> login = browser.logIn(email, Cluster.PASSWORD);
        assertThat(login.statusCode()).as(login.body()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return browser;
    }

    static String code(FormClient browser, NodeProcess node, String clientId) {
        HttpResponse<String> authorize = browser.get(node.url() + "/oauth2/authorize?response_type=code&client_id="
                + clientId + "&scope=openid%20profile%20email%20offline_access&state=s1&redirect_uri="
                + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8));
        assertThat(authorize.statusCode()).as(authorize.body()).isEqualTo(302);
        String location = authorize.headers().firstValue("Location").orElseThrow();
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
        assertThat(code.find()).as(location).isTrue();
        return code.group(1);
    }

    static OIDCTokenResponse token(NodeProcess node, String clientId, String secret,
                                   com.nimbusds.oauth2.sdk.AuthorizationGrant grant) throws Exception {
        TokenResponse response = OIDCTokenResponseParser.parse(new TokenRequest(URI.create(node.url() + "/oauth2/token"),
                new ClientSecretBasic(new ClientID(clientId), new Secret(secret)), grant).toHTTPRequest().send());
        assertThat(response.indicatesSuccess()).as(() -> response.toErrorResponse().getErrorObject().toString()).isTrue();
        return (OIDCTokenResponse) response.toSuccessResponse();
    }

    static TokenResponse clientCredentials(NodeProcess node, String clientId, String secret) throws Exception {
        return TokenResponse.parse(new TokenRequest(URI.create(node.url() + "/oauth2/token"),
                new ClientSecretBasic(new ClientID(clientId), new Secret(secret)), new ClientCredentialsGrant(),
                new Scope()).toHTTPRequest().send());
    }
}
