package vn.dangnhap.entry;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.apereo.cas.client.validation.Assertion;
import org.apereo.cas.client.validation.Cas30ServiceTicketValidator;
import org.apereo.cas.client.validation.TicketValidationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import testrp.RelyingPartyApplication;
import vn.dangnhap.audit.AuditLog;
import vn.dangnhap.audit.AuditQuery;
import vn.dangnhap.cas.CasServiceInput;
import vn.dangnhap.cas.CasServices;
import vn.dangnhap.citizen.Cccd;
import vn.dangnhap.citizen.CitizenAccount;
import vn.dangnhap.citizen.CitizenAccounts;
import vn.dangnhap.directory.AccessRules;
import vn.dangnhap.directory.ApplicationCatalogue;
import vn.dangnhap.directory.ApplicationInput;
import vn.dangnhap.directory.AccountStatus;
import vn.dangnhap.directory.AppAccessRule;
import vn.dangnhap.directory.AppAudience;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.EmailAddress;
import vn.dangnhap.linking.AccountLinks;
import vn.dangnhap.linking.AppLink;
import vn.dangnhap.linking.ReleaseRule;
import vn.dangnhap.oidc.ClientType;
import vn.dangnhap.oidc.OidcClientInput;
import vn.dangnhap.oidc.OidcClients;
import vn.dangnhap.testsupport.CitizenSession;
import vn.dangnhap.testsupport.FormClient;
import vn.dangnhap.testsupport.HeadlessChromium;

/**
 * One table of cases, each run through every way into an application — the portal (tile and
 * {@code /launch}), OpenID Connect with the Nimbus SDK (authorization, token, ID token, UserInfo),
 * OpenID Connect with a Spring Security OAuth2 client application in a real browser, and CAS with
 * the Apereo client's CAS 3.0 validator — asserting that all of them agree: admitted with the same
 * released identity, refused for the same reason (the one refusal page), or held at verification.
 * Then the decision asked again after it was first given: a right removed or an account locked
 * since ends refresh, UserInfo, code exchange and ticket validation. Run on H2 and PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.active=demo",
        "spring.datasource.url=jdbc:h2:mem:entry-table;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
@Import(CitizenSession.Config.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EntryAcrossProtocolsContract {

    static final URI REDIRECT = URI.create("http://127.0.0.1:9/callback");
    static final String PASSWORD = "Demo@2026";
    static final String EID_PIN = "079195055555";

    @LocalServerPort
    int port;
    @Autowired ApplicationCatalogue catalogue;
    @Autowired AccessRules access;
    @Autowired OidcClients clients;
    @Autowired CasServices casServices;
    @Autowired AccountLinks links;
    @Autowired Directory directory;
    @Autowired CitizenAccounts citizens;
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;

    String base;
    String rp;
    OIDCProviderMetadata provider;
    ConfigurableApplicationContext relyingParty;
    final Map<String, Secret> secrets = new LinkedHashMap<>();
    CitizenAccount eidCitizen;
    CitizenAccount legacyCitizen;
    CitizenAccount unverifiedCitizen;

    // --- the table -----------------------------------------------------------------------------

    /** Who asks: an official signing in with a password, or a citizen's session. */
    sealed interface Who permits Official, Citizen {}

    record Official(String localPart) implements Who {}

    record Citizen(Function<EntryAcrossProtocolsContract, CitizenAccount> account, String label) implements Who {}

    /** What every protocol must agree on. */
    sealed interface Outcome permits Admitted, Refused, HeldAtVerification {}

    /** Admitted, and told this: the principal name and the attributes every protocol releases alike. */
    record Admitted(Map<String, String> identity) implements Outcome {}

    /** Refused for this reason; the tile shows only when a link is all that is missing. */
    record Refused(RefusalReason reason) implements Outcome {}

    /** An unverified old citizen account is held at verification before any application. */
    record HeldAtVerification() implements Outcome {}

    record Case(String name, Who who, String application, Outcome expected) {}

    List<Case> table() {
        return List.of(
                new Case("official allowed by unit", new Official("levancuong"), "t-unit", admitted(
                        "principal", "levancuong@demo.gov.vn", "account_type", "official", "email", "levancuong@demo.gov.vn",
                        "phone_number", "+84912345603", "org_unit_code", "VP_UBND")),
                new Case("official allowed by role", new Official("phamthidung"), "t-role", admitted(
                        "principal", "phamthidung@demo.gov.vn", "account_type", "official", "email", "phamthidung@demo.gov.vn",
                        "phone_number", "+84912345604", "org_unit_code", "SO_TTTT")),
                new Case("a rule on a parent unit covers the child", new Official("vuthiphuong"), "t-parent", admitted(
                        "principal", "vuthiphuong@demo.gov.vn", "account_type", "official", "email", "vuthiphuong@demo.gov.vn",
                        "phone_number", "+84912345606", "org_unit_code", "TT_CNTT")),
                new Case("official matching no rule", new Official("hoangvanem"), "t-unit",
                        new Refused(RefusalReason.NOT_ALLOWED)),
                new Case("official at a citizens-only application", new Official("levancuong"), "t-citizens",
                        new Refused(RefusalReason.CITIZENS_ONLY)),
                new Case("verified citizen (e-ID)", new Citizen(t -> t.eidCitizen, "e-ID"), "t-both", admitted(
                        "principal", "@eid", "account_type", "citizen", "personal_identifier", EID_PIN)),
                new Case("verified citizen (old portal account)", new Citizen(t -> t.legacyCitizen, "legacy"), "t-both", admitted(
                        "principal", "lechau.table", "account_type", "citizen", "email", "chau.table@example.vn",
                        "personal_identifier", "048203000888")),
                new Case("unverified citizen", new Citizen(t -> t.unverifiedCitizen, "unverified"), "t-both",
                        new HeldAtVerification()),
                new Case("citizen at an officials-only application", new Citizen(t -> t.eidCitizen, "e-ID"), "t-officials",
                        new Refused(RefusalReason.OFFICIALS_ONLY)),
                new Case("link required and missing", new Official("levancuong"), "t-link",
                        new Refused(RefusalReason.LINK_MISSING)),
                new Case("link required and present", new Official("nguyenvanan"), "t-link", admitted(
                        "principal", "an.link", "account_type", "official", "email", "nguyenvanan@demo.gov.vn",
                        "phone_number", "+84912345601", "org_unit_code", "VP_UBND", "linked_account", "an.link")),
                new Case("application disabled", new Official("levancuong"), "t-off",
                        new Refused(RefusalReason.APPLICATION_DISABLED)),
                new Case("client with no application", new Official("levancuong"), "t-orphan",
                        new Refused(RefusalReason.NO_APPLICATION)));
    }

    private static Admitted admitted(String... pairs) {
        Map<String, String> identity = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            identity.put(pairs[i], pairs[i + 1]);
        }
        return new Admitted(identity);
    }

    // --- set-up --------------------------------------------------------------------------------

    @BeforeAll
    void setUp() throws Exception {
        base = "http://localhost:" + port;
        int rpPort = RelyingPartyApplication.freePort();
        rp = "http://127.0.0.1:" + rpPort;
        // A client and a service registered before every client had to belong to an application.
        orphan("t-orphan");
        application("t-unit", "unit:VP_UBND");
        application("t-role", "role:LANH_DAO");
        application("t-parent", "unit:SO_TTTT");
        application("t-officials", "*");
        application("t-citizens");
        access.setAudience("t-citizens", new AppAudience(AppAudience.Audience.CITIZENS, true, false));
        application("t-both", "*");
        access.setAudience("t-both", new AppAudience(AppAudience.Audience.BOTH, true, true));
        application("t-link", "*");
        links.setReleaseRule(new ReleaseRule("t-link", ReleaseRule.Release.BOTH, true, null, true));
        UUID an = directory.findOfficial(EmailAddress.parse("nguyenvanan@demo.gov.vn")).orElseThrow().id();
        links.create(an, "t-link", "an.link", AppLink.Origin.ADMIN, "test");
        application("t-off", "*");
        catalogue.setEnabled("t-off", false);
        application("t-revoke", "role:LANH_DAO");
        application("t-lock", "*");

        eidCitizen = citizens.createFromEid(Cccd.parse(EID_PIN), "Nguyễn Thị Bảng", LocalDate.of(1995, 3, 14), 2);
        legacyCitizen = citizens.createLegacy("lechau.table", "Lê Minh Châu", null, null, null, "chau.table@example.vn", null);
        legacyCitizen = citizens.markVerified(legacyCitizen.id(), Cccd.parse("048203000888"), null, "Lê Minh Châu",
                LocalDate.of(2003, 11, 20), "REGISTRY");
        unverifiedCitizen = citizens.createLegacy("binh.table", "Trần Văn Bình", LocalDate.of(1990, 7, 2),
                Cccd.parse("001090004322"), null, "binh.table@example.vn", null);

        provider = OIDCProviderMetadata.resolve(new Issuer(base));
        Map<String, String> rpSecrets = new LinkedHashMap<>();
        secrets.forEach((code, secret) -> rpSecrets.put(code, secret.getValue()));
        relyingParty = RelyingPartyApplication.startWithClients(rpPort, base, rpSecrets);
    }

    @AfterAll
    void stopRelyingParty() {
        if (relyingParty != null) {
            relyingParty.close();
        }
    }

    private void application(String code, String... rules) {
        catalogue.create(new ApplicationInput(code, "Ứng dụng " + code, "Bảng kiểm thử", "GENERIC",
                "https://" + code + ".demo.gov.vn/", 90));
        access.replaceRules(code, List.of(rules).stream().map(AppAccessRule::parse).toList());
        secrets.put(code, new Secret(clients.register(new OidcClientInput(code, "Ứng dụng " + code, ClientType.CONFIDENTIAL,
                List.of(REDIRECT.toString(), rpCallback(code)), List.of(), null, null, List.of("openid", "profile", "email", "phone", "org"),
                true, false, false, null, null)).secret()));
        casServices.create(new CasServiceInput(code, "Ứng dụng " + code, service(code), true));
    }

    /** Rows as a database from before this version holds them: a client and a service of no application. */
    private void orphan(String code) throws Exception {
        Secret secret = new Secret();
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(secret.getValue().getBytes(StandardCharsets.UTF_8)));
        jdbc.sql("""
                INSERT INTO oidc_client (client_id, name, client_type, secret_digest, redirect_uris, post_logout_redirect_uris,
                  scopes, first_party, offline_access, client_credentials, access_token_seconds, refresh_token_seconds,
                  enabled, created_at, updated_at)
                VALUES (?, ?, 'CONFIDENTIAL', ?, ?, '', 'openid profile email phone org', TRUE, FALSE, FALSE, 300, 28800,
                  TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
                .params(code, "Ứng dụng " + code, digest, REDIRECT + "\n" + rpCallback(code)).update();
        jdbc.sql("""
                INSERT INTO cas_service (code, name, service_pattern, enabled, slo_enabled, created_at, updated_at)
                VALUES (?, ?, ?, TRUE, FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
                .params(code, "Ứng dụng " + code, service(code)).update();
        secrets.put(code, secret);
    }

    /** Where the Spring Security client application receives its code for this registration. */
    private String rpCallback(String code) {
        return rp + "/login/oauth2/code/" + code;
    }

    static String service(String code) {
        return "https://" + code + ".demo.gov.vn/cas/";
    }

    // --- the table, through every protocol ------------------------------------------------------

    @Test
    void everyProtocolAgreesOnWhoMayEnterAndWhatTheApplicationIsTold() throws Exception {
        for (Case row : table()) {
            Outcome expected = resolve(row.expected());
            FormClient browser = signedIn(row.who());
            assertThat(portal(browser, row)).as(row.name() + " — portal").isEqualTo(decisionOf(expected));
            assertThat(nimbus(browser, row.application())).as(row.name() + " — OIDC (Nimbus)").isEqualTo(expected);
            assertThat(cas(browser, row.application())).as(row.name() + " — CAS (Apereo client)").isEqualTo(expected);
            assertThat(springClient(row)).as(row.name() + " — OIDC (Spring Security client)").isEqualTo(expected);
        }
    }

    /** The decision alone, for the portal, which tells an application nothing. */
    private static String decisionOf(Outcome outcome) {
        return switch (outcome) {
            case Admitted ignored -> "ADMITTED";
            case Refused(RefusalReason reason) -> "REFUSED " + reason;
            case HeldAtVerification ignored -> "HELD AT VERIFICATION";
        };
    }

    /** The e-ID account has no user name: its principal name is its id. */
    private Outcome resolve(Outcome outcome) {
        if (outcome instanceof Admitted(Map<String, String> identity) && "@eid".equals(identity.get("principal"))) {
            Map<String, String> resolved = new LinkedHashMap<>(identity);
            resolved.put("principal", eidCitizen.id().toString());
            return new Admitted(resolved);
        }
        return outcome;
    }

    private FormClient signedIn(Who who) {
        FormClient browser = new FormClient(port);
        switch (who) {
            case Official(String localPart) ->
                    assertThat(browser.logIn(localPart, PASSWORD).headers().firstValue("Location").orElseThrow())
                            .as(localPart).doesNotContain("error");
            case Citizen citizen -> CitizenSession.signIn(browser, citizen.account().apply(this).id());
        }
        return browser;
    }

    /** The portal: the tile and the launch; a tile stays visible when only a link is missing. */
    private String portal(FormClient browser, Case row) {
        String code = row.application();
        HttpResponse<String> home = browser.get("/");
        if (heldAtVerification(home)) {
            assertThat(heldAtVerification(browser.get("/launch/" + code))).as(row.name()).isTrue();
            return decisionOf(new HeldAtVerification());
        }
        boolean tile = home.body().contains("data-app=\"" + code + "\"");
        HttpResponse<String> launch = browser.get("/launch/" + code);
        if (launch.statusCode() == 302) {
            assertThat(tile).as(row.name() + ": a launchable application has a tile").isTrue();
            return "ADMITTED";
        }
        if (launch.statusCode() == 404) {
            // A code the catalogue does not know: nothing to launch and nothing to show.
            assertThat(tile).isFalse();
            return decisionOf(new Refused(RefusalReason.NO_APPLICATION));
        }
        assertThat(launch.statusCode()).as(row.name()).isEqualTo(403);
        RefusalReason reason = refusalOf(launch.body());
        assertThat(tile).as(row.name() + ": tile").isEqualTo(reason == RefusalReason.LINK_MISSING);
        return decisionOf(new Refused(reason));
    }

    /** OpenID Connect with the Nimbus SDK: code flow with PKCE, a validated ID token, and UserInfo. */
    private Outcome nimbus(FormClient browser, String code) throws Exception {
        CodeVerifier verifier = new CodeVerifier();
        Nonce nonce = new Nonce();
        ClientID clientId = new ClientID(code);
        URI authorize = new AuthenticationRequest.Builder(ResponseType.CODE, new Scope("openid", "profile", "email", "phone", "org"),
                clientId, REDIRECT).endpointURI(provider.getAuthorizationEndpointURI()).state(new State()).nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256).build().toURI();
        HttpResponse<String> answer = browser.get(authorize.toString());
        if (heldAtVerification(answer)) {
            return new HeldAtVerification();
        }
        if (answer.statusCode() == 403) {
            assertThat(answer.headers().firstValue("Location")).isEmpty();
            return new Refused(refusalOf(answer.body()));
        }
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        AuthorizationCode authorizationCode = AuthenticationResponseParser.parse(
                URI.create(answer.headers().firstValue("Location").orElseThrow())).toSuccessResponse().getAuthorizationCode();
        TokenResponse response = OIDCTokenResponseParser.parse(new TokenRequest(provider.getTokenEndpointURI(),
                new ClientSecretBasic(clientId, secrets.get(code)), new AuthorizationCodeGrant(authorizationCode, REDIRECT, verifier))
                .toHTTPRequest().send());
        assertThat(response.indicatesSuccess()).as(String.valueOf(response)).isTrue();
        OIDCTokenResponse tokens = (OIDCTokenResponse) response.toSuccessResponse();
        var idToken = new IDTokenValidator(provider.getIssuer(), clientId, JWSAlgorithm.RS256, provider.getJWKSetURI().toURL())
                .validate(tokens.getOIDCTokens().getIDToken(), nonce);
        Map<String, String> fromIdToken = identity(idToken.getStringClaim("preferred_username"), idToken.toJSONObject());
        var userInfo = UserInfoResponse.parse(new UserInfoRequest(provider.getUserInfoEndpointURI(),
                (BearerAccessToken) tokens.getOIDCTokens().getAccessToken()).toHTTPRequest().send()).toSuccessResponse().getUserInfo();
        assertThat(identity(userInfo.getPreferredUsername(), userInfo.toJSONObject())).as("UserInfo = ID token").isEqualTo(fromIdToken);
        return new Admitted(fromIdToken);
    }

    /** CAS with the Apereo client's CAS 3.0 validator. */
    private Outcome cas(FormClient browser, String code) {
        HttpResponse<String> login = browser.get("/cas/login?service=" + URLEncoder.encode(service(code), StandardCharsets.UTF_8));
        if (heldAtVerification(login)) {
            return new HeldAtVerification();
        }
        if (login.statusCode() == 403) {
            return new Refused(refusalOf(login.body()));
        }
        assertThat(login.statusCode()).isEqualTo(302);
        String location = login.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(service(code) + "?ticket=ST-");
        try {
            Assertion assertion = new Cas30ServiceTicketValidator(base + "/cas")
                    .validate(location.substring(location.indexOf("ticket=") + 7), service(code));
            return new Admitted(identity(assertion.getPrincipal().getName(), assertion.getPrincipal().getAttributes()));
        } catch (TicketValidationException e) {
            throw new AssertionError("CAS validation failed for " + code, e);
        }
    }

    /** A Spring Security OAuth2 client application, in a real browser signed in at the portal. */
    private Outcome springClient(Case row) throws Exception {
        try (BrowserContext context = HeadlessChromium.newContext()) {
            Page page = context.newPage();
            switch (row.who()) {
                case Official(String localPart) -> {
                    page.navigate(base + "/login");
                    page.fill("#username", localPart);
                    page.fill("#password", PASSWORD);
                    page.click("button[type=submit]");
                    page.waitForURL(url -> !url.contains("/login"));
                }
                // The test-only session endpoint answers 204, which a navigation would not take: its cookie is the browser's all the same.
                case Citizen citizen -> assertThat(context.request()
                        .get(base + CitizenSession.PATH + "?account=" + citizen.account().apply(this).id()).status()).isEqualTo(204);
            }
            page.navigate(rp + "/oauth2/authorization/" + row.application());
            if (page.url().startsWith(base + "/account/verify")) {
                return new HeldAtVerification();
            }
            if (page.url().startsWith(base)) {
                assertThat(page.isVisible("#refused")).as(row.name() + " at " + page.url()).isTrue();
                return new Refused(RefusalReason.valueOf(page.getAttribute("main", "data-reason")));
            }
            assertThat(page.url()).startsWith(rp + "/");
            page.navigate(rp + "/claims");
            Map<String, Object> claims = JSONObjectUtils.parse(page.textContent("body"));
            return new Admitted(identity((String) claims.get("preferred_username"), claims));
        }
    }

    // --- the decision asked again ---------------------------------------------------------------

    @Test
    void aRightRemovedAfterTheGrantEndsRefreshUserInfoAndTicketValidation() throws Exception {
        FormClient browser = signedIn(new Official("dangvangiang"));
        OIDCTokenResponse tokens = tokens(browser, "t-revoke");
        String ticket = ticket(browser, "t-revoke");
        assertThat(tokens.getOIDCTokens().getRefreshToken()).isNotNull();

        access.replaceRules("t-revoke", List.of());

        TokenResponse refresh = refresh("t-revoke", tokens);
        assertThat(refresh.indicatesSuccess()).isFalse();
        assertThat(((TokenErrorResponse) refresh).getErrorObject().getCode()).isEqualTo("invalid_grant");
        // The grant is gone: not even UserInfo answers for it now.
        var userInfo = UserInfoResponse.parse(new UserInfoRequest(provider.getUserInfoEndpointURI(),
                (BearerAccessToken) tokens.getOIDCTokens().getAccessToken()).toHTTPRequest().send());
        assertThat(userInfo.indicatesSuccess()).isFalse();
        assertThat(userInfo.toErrorResponse().getErrorObject().getHTTPStatusCode()).isEqualTo(401);
        String validation = new FormClient(port).get("/cas/p3/serviceValidate?service="
                + URLEncoder.encode(service("t-revoke"), StandardCharsets.UTF_8) + "&ticket=" + ticket).body();
        assertThat(validation).contains("<cas:authenticationFailure code=\"UNAUTHORIZED_SERVICE\"").contains("NOT_ALLOWED")
                .doesNotContain("<cas:user>");
        assertThat(browser.get("/").body()).doesNotContain("data-app=\"t-revoke\"");
        assertThat(refusalOf(browser.get("/launch/t-revoke").body())).isEqualTo(RefusalReason.NOT_ALLOWED);
        assertThat(audit.search(new AuditQuery("ENTRY_REFUSED", "FAILURE", null, null, null, 100)))
                .anyMatch(e -> "t-revoke".equals(e.application()) && "NOT_ALLOWED".equals(e.reason()) && e.detail().startsWith("OIDC"))
                .anyMatch(e -> "t-revoke".equals(e.application()) && "NOT_ALLOWED".equals(e.reason()) && e.detail().startsWith("CAS"));
    }

    @Test
    void anAccountLockedWhileSignedInGetsNoTokenNoTicketAndNoSession() throws Exception {
        FormClient browser = signedIn(new Official("dovanhung"));
        OIDCTokenResponse tokens = tokens(browser, "t-lock");
        CodeVerifier verifier = new CodeVerifier();
        AuthorizationCode code = code(browser, "t-lock", verifier);
        String ticket = ticket(browser, "t-lock");
        UUID account = directory.findOfficial(EmailAddress.parse("dovanhung@demo.gov.vn")).orElseThrow().id();

        directory.setStatus(account, AccountStatus.LOCKED);
        try {
            TokenResponse exchange = OIDCTokenResponseParser.parse(new TokenRequest(provider.getTokenEndpointURI(),
                    new ClientSecretBasic(new ClientID("t-lock"), secrets.get("t-lock")),
                    new AuthorizationCodeGrant(code, REDIRECT, verifier)).toHTTPRequest().send());
            assertThat(exchange.indicatesSuccess()).as("a code issued before the lock").isFalse();
            assertThat(((TokenErrorResponse) exchange).getErrorObject().getCode()).isEqualTo("invalid_grant");
            TokenResponse refresh = refresh("t-lock", tokens);
            assertThat(((TokenErrorResponse) refresh).getErrorObject().getCode()).isEqualTo("invalid_grant");
            String validation = new FormClient(port).get("/cas/p3/serviceValidate?service="
                    + URLEncoder.encode(service("t-lock"), StandardCharsets.UTF_8) + "&ticket=" + ticket).body();
            // Ended with the session (its unused tickets die with it), or refused by the decision: never a user.
            assertThat(validation).contains("<cas:authenticationFailure").doesNotContain("<cas:user>");
            // The SSO session itself ended with the lock: every way in asks for a login again.
            assertThat(browser.get("/").headers().firstValue("Location").orElseThrow()).endsWith("/login");
            assertThat(browser.get("/cas/login?service=" + URLEncoder.encode(service("t-lock"), StandardCharsets.UTF_8))
                    .headers().firstValue("Location").orElseThrow()).endsWith("/login");
        } finally {
            directory.setStatus(account, AccountStatus.ACTIVE);
        }
    }

    // --- helpers -------------------------------------------------------------------------------

    private AuthorizationCode code(FormClient browser, String clientId, CodeVerifier verifier) throws Exception {
        URI authorize = new AuthenticationRequest.Builder(ResponseType.CODE, new Scope("openid", "profile"),
                new ClientID(clientId), REDIRECT).endpointURI(provider.getAuthorizationEndpointURI()).state(new State())
                .nonce(new Nonce()).codeChallenge(verifier, CodeChallengeMethod.S256).build().toURI();
        HttpResponse<String> answer = browser.get(authorize.toString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        return AuthenticationResponseParser.parse(URI.create(answer.headers().firstValue("Location").orElseThrow()))
                .toSuccessResponse().getAuthorizationCode();
    }

    private OIDCTokenResponse tokens(FormClient browser, String clientId) throws Exception {
        CodeVerifier verifier = new CodeVerifier();
        AuthorizationCode code = code(browser, clientId, verifier);
        TokenResponse response = OIDCTokenResponseParser.parse(new TokenRequest(provider.getTokenEndpointURI(),
                new ClientSecretBasic(new ClientID(clientId), secrets.get(clientId)),
                new AuthorizationCodeGrant(code, REDIRECT, verifier)).toHTTPRequest().send());
        assertThat(response.indicatesSuccess()).isTrue();
        return (OIDCTokenResponse) response.toSuccessResponse();
    }

    private TokenResponse refresh(String clientId, OIDCTokenResponse tokens) throws Exception {
        return OIDCTokenResponseParser.parse(new TokenRequest(provider.getTokenEndpointURI(),
                new ClientSecretBasic(new ClientID(clientId), secrets.get(clientId)),
                new RefreshTokenGrant(tokens.getOIDCTokens().getRefreshToken())).toHTTPRequest().send());
    }

    private String ticket(FormClient browser, String code) {
        String location = browser.get("/cas/login?service=" + URLEncoder.encode(service(code), StandardCharsets.UTF_8))
                .headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("ticket=ST-");
        return location.substring(location.indexOf("ticket=") + 7);
    }

    private static boolean heldAtVerification(HttpResponse<String> response) {
        return response.statusCode() == 302
                && response.headers().firstValue("Location").orElse("").endsWith("/account/verify");
    }

    private static RefusalReason refusalOf(String page) {
        int at = page.indexOf("data-reason=\"");
        assertThat(at).as("the refusal page").isPositive();
        return RefusalReason.valueOf(page.substring(at + 13, page.indexOf('"', at + 13)));
    }

    /** The principal name and the attributes every protocol releases, from claims or CAS attributes alike. */
    private static Map<String, String> identity(String principal, Map<String, ?> values) {
        Map<String, String> identity = new LinkedHashMap<>();
        identity.put("principal", principal);
        for (String name : List.of("account_type", "email", "phone_number", "org_unit_code", "personal_identifier",
                "linked_account")) {
            Object value = values.get(name);
            if (value instanceof List<?> list) {
                value = list.isEmpty() ? null : list.getFirst();
            }
            if (value != null) {
                identity.put(name, value.toString());
            }
        }
        return identity;
    }
}
