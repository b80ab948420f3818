package vn.dangnhap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
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
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apereo.cas.client.validation.Assertion;
import org.apereo.cas.client.validation.Cas30ServiceTicketValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsent;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
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
import vn.dangnhap.directory.AppAccessRule;
import vn.dangnhap.directory.AppAudience;
import vn.dangnhap.oidc.ClientType;
import vn.dangnhap.oidc.OidcClientInput;
import vn.dangnhap.oidc.OidcClients;
import vn.dangnhap.testsupport.CitizenSession;
import vn.dangnhap.testsupport.FormClient;

/**
 * A signed-in citizen meets the applications: the portal shows only applications for citizens,
 * every account page answers without an error, the OpenID Connect provider (Nimbus as the client)
 * and CAS (the Apereo client's validator) sign a citizen in to citizen applications with citizen
 * claims and refuse official-only ones with a 403 page and no code or ticket; officials cannot open
 * citizens-only applications. The demo data provides "dvc-tinh" (citizens, unverified welcome)
 * and "motcua-dt" (both; verified citizens only; the number released). Citizen sessions come from
 * the test-only {@link CitizenSession} (the citizen login pages are built elsewhere).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.active=demo",
        "spring.datasource.url=jdbc:h2:mem:citizen-apps;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
@Import(CitizenSession.Config.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CitizenApplicationsContract {

    static final URI REDIRECT = URI.create("http://127.0.0.1:9/callback");
    static final String HOA_PIN = "079195012345";
    static final String DVC_SERVICE = "https://dvc-tinh.demo.gov.vn/cas/";
    static final String OFFICIAL_SERVICE = "https://lichcongtac.demo.gov.vn/cas/";

    @LocalServerPort
    int port;
    @Autowired
    CitizenAccounts citizens;
    @Autowired
    OidcClients clients;
    @Autowired
    CasServices casServices;
    @Autowired
    ApplicationCatalogue catalogue;
    @Autowired
    AccessRules access;
    @Autowired
    OAuth2AuthorizationConsentService consents;
    @Autowired
    AuditLog audit;

    String base;
    OIDCProviderMetadata provider;
    JWKSet jwks;
    final Map<String, Secret> secrets = new HashMap<>();
    CitizenAccount hoa;       // e-ID account, verified
    CitizenAccount binh;      // legacy account, number only claimed
    CitizenAccount chau;      // legacy account, verified against the registry

    @BeforeAll
    void setUp() throws Exception {
        base = "http://localhost:" + port;
        hoa = citizens.createFromEid(Cccd.parse(HOA_PIN), "Nguyễn Thị Hoa", LocalDate.of(1995, 3, 14), 2);
        binh = citizens.createLegacy("tranbinh", "Trần Văn Bình", LocalDate.of(1990, 7, 2), Cccd.parse("001090004321"),
                null, "binh@example.vn", null);
        chau = citizens.createLegacy("lechau", "Lê Minh Châu", null, null, null, "chau@example.vn", null);
        chau = citizens.markVerified(chau.id(), Cccd.parse("048203000777"), null, "Lê Minh Châu", LocalDate.of(2003, 11, 20), "REGISTRY");
        // An application for both, open to every official too.
        catalogue.create(new ApplicationInput("chung", "Ứng dụng chung", "Cho cả hai", "GENERIC", "https://chung.demo.gov.vn/", 1));
        access.replaceRules("chung", List.of(AppAccessRule.EVERYONE));
        access.setAudience("chung", new AppAudience(AppAudience.Audience.BOTH, false, false));
        for (String app : List.of("motcua-dt", "dvc-tinh", "lichcongtac", "chung")) {
            secrets.put(app, new Secret(clients.register(new OidcClientInput(app, "Ứng dụng " + app, ClientType.CONFIDENTIAL,
                    List.of(REDIRECT.toString()), List.of(), null, null, List.of("openid", "profile", "email", "phone"),
                    true, false, false, null, null)).secret()));
        }
        casServices.create(new CasServiceInput("dvc-tinh", "Cổng dịch vụ công", DVC_SERVICE, true));
        casServices.create(new CasServiceInput("lichcongtac", "Lịch công tác", OFFICIAL_SERVICE, true));
        provider = OIDCProviderMetadata.resolve(new Issuer(base));
        jwks = JWKSet.parse(new FormClient(port).get(provider.getJWKSetURI().toString()).body());
    }

    FormClient citizen(CitizenAccount account) {
        FormClient client = new FormClient(port);
        CitizenSession.signIn(client, account.id());
        return client;
    }

    FormClient official() {
        FormClient client = new FormClient(port);
        assertThat(client.logIn("nguyenvanan", "Demo@2026").headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return client;
    }

    // --- portal ---

    @Test
    void aVerifiedCitizenSeesOnlyTheTilesOfApplicationsForCitizens() {
        HttpResponse<String> portal = citizen(hoa).get("/");
        assertThat(portal.statusCode()).isEqualTo(200);
        assertThat(portal.body()).contains("Xin chào, Nguyễn Thị Hoa")
                .contains("data-app=\"dvc-tinh\"", "data-app=\"motcua-dt\"", "data-app=\"chung\"")
                .doesNotContain("data-app=\"lichcongtac\"", "data-app=\"thudientu\"", "data-app=\"ecabinet\"")
                .doesNotContain("/admin").doesNotContain("citizen-unverified");
    }

    @Test
    void anUnverifiedCitizenIsHeldAtVerificationBeforeAnyApplication() {
        FormClient unverified = citizen(binh);
        for (String path : List.of("/", "/launch/dvc-tinh", "/launch/motcua-dt", authorizationUrl("motcua-dt"))) {
            HttpResponse<String> held = unverified.get(path);
            assertThat(held.statusCode()).as(path).isEqualTo(302);
            assertThat(held.headers().firstValue("Location").orElseThrow()).as(path).endsWith("/account/verify");
        }
    }

    @Test
    void aCitizenLaunchesCitizenApplicationsButIsRefusedAnOfficialOnlyOne() {
        FormClient browser = citizen(hoa);
        HttpResponse<String> launch = browser.get("/launch/dvc-tinh");
        assertThat(launch.statusCode()).isEqualTo(302);
        assertThat(launch.headers().firstValue("Location").orElseThrow()).startsWith("https://dvc-tinh.");
        HttpResponse<String> refused = browser.get("/launch/lichcongtac");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("data-reason=\"OFFICIALS_ONLY\"").contains("chỉ dành cho cán bộ, công chức");
    }

    @Test
    void officialsKeepTheirTilesAndCannotOpenCitizensOnlyApplications() {
        FormClient official = official();
        HttpResponse<String> portal = official.get("/");
        assertThat(portal.body()).contains("data-app=\"lichcongtac\"", "data-app=\"chung\"")
                .doesNotContain("data-app=\"dvc-tinh\"", "data-app=\"motcua-dt\"");
        HttpResponse<String> refused = official.get("/launch/dvc-tinh");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("data-reason=\"CITIZENS_ONLY\"").contains("chỉ dành cho công dân");
    }

    @Test
    void everyAccountPageACitizenCanReachAnswersWithoutAnError() {
        FormClient browser = citizen(hoa);
        for (String path : List.of("/account/citizen", "/account/profile", "/account/password", "/account/links",
                "/account/consents")) {
            HttpResponse<String> page = browser.get(path);
            assertThat(page.statusCode()).as(path).isIn(200, 302);
        }
        HttpResponse<String> own = browser.get("/account/citizen");
        assertThat(own.body()).contains("Nguyễn Thị Hoa").contains("0791******45").doesNotContain(HOA_PIN);
        HttpResponse<String> profile = browser.get("/account/profile");
        assertThat(profile.body()).contains("id=\"officials-only\"").contains("Trang này dành cho cán bộ, công chức");

        String csrf = FormClient.csrfToken(browser.get("/").body()); // the logout form
        HttpResponse<String> password = browser.postForm("/account/password", Map.of("_csrf", csrf,
                "currentPassword", "x", "newPassword", "Moi@2026xyz!", "repeatPassword", "Moi@2026xyz!"));
        assertThat(password.statusCode()).isEqualTo(200);
        assertThat(password.body()).contains("id=\"officials-only\"");
        HttpResponse<String> phone = browser.postForm("/account/profile/phone", Map.of("_csrf", csrf, "phone", "0912345678"));
        assertThat(phone.statusCode()).isEqualTo(200);
        assertThat(phone.body()).contains("id=\"officials-only\"");

        HttpResponse<String> links = browser.get("/account/links");
        assertThat(links.body()).contains("id=\"links-citizen\"").doesNotContain("id=\"link-form\"");
        HttpResponse<String> link = browser.postForm("/account/links", Map.of("_csrf", csrf,
                "application", "dvc-tinh", "applicationAccount", "hoa.nt"));
        assertThat(link.statusCode()).isEqualTo(409);
        assertThat(link.body()).contains("Tài khoản công dân chưa tự thêm liên kết");
    }

    // --- OpenID Connect ---

    @Test
    void aCitizenGetsAnIdTokenWithCitizenClaimsAndTheNumberOnlyWhereReleased() throws Exception {
        FormClient browser = citizen(hoa);
        IDTokenClaimsSet motcua = idToken(browser, "motcua-dt");
        assertThat(motcua.getSubject().getValue()).isEqualTo(hoa.id().toString());
        assertThat(motcua.getStringClaim("account_type")).isEqualTo("citizen");
        assertThat(motcua.getBooleanClaim("citizen_verified")).isTrue();
        assertThat(motcua.getStringClaim("name")).isEqualTo("Nguyễn Thị Hoa");
        assertThat(motcua.getStringClaim("birthdate")).isEqualTo("1995-03-14");
        // An e-ID account has no user name: its principal name is its id, as CAS's <cas:user> (one rule, entry's).
        assertThat(motcua.getStringClaim("preferred_username")).isEqualTo(hoa.id().toString());
        assertThat(motcua.getStringClaim("personal_identifier")).isEqualTo(HOA_PIN);

        IDTokenClaimsSet dvc = idToken(browser, "dvc-tinh");
        assertThat(dvc.getStringClaim("account_type")).isEqualTo("citizen");
        assertThat(dvc.getClaim("personal_identifier")).isNull();
        assertThat(dvc.toJSONObject().toString()).doesNotContain(HOA_PIN);
    }

    @Test
    void userInfoTellsALegacyCitizenByUserNameWithUnverifiedEmail() throws Exception {
        FormClient browser = citizen(chau);
        OIDCTokenResponse tokens = tokens(browser, "dvc-tinh");
        var userInfo = com.nimbusds.openid.connect.sdk.UserInfoResponse.parse(new UserInfoRequest(provider.getUserInfoEndpointURI(),
                (BearerAccessToken) tokens.getOIDCTokens().getAccessToken()).toHTTPRequest().send()).toSuccessResponse().getUserInfo();
        assertThat(userInfo.getSubject().getValue()).isEqualTo(chau.id().toString());
        assertThat(userInfo.getPreferredUsername()).isEqualTo("lechau");
        assertThat(userInfo.getStringClaim("account_type")).isEqualTo("citizen");
        assertThat(userInfo.getBooleanClaim("citizen_verified")).isTrue();
        assertThat(userInfo.getEmailAddress()).isEqualTo("chau@example.vn");
        assertThat(userInfo.getEmailVerified()).isFalse();
        assertThat(userInfo.getClaim("personal_identifier")).isNull();
        assertThat(userInfo.toJSONObject().toString()).doesNotContain("048203000777");
    }

    @Test
    void aCitizenIsRefusedAtAnOfficialOnlyApplicationWithAForbiddenPageAndNoCode() {
        HttpResponse<String> refused = citizen(hoa).get(authorizationUrl("lichcongtac"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Location")).isEmpty();
        assertThat(refused.body()).contains("data-reason=\"OFFICIALS_ONLY\"").contains("chỉ dành cho cán bộ, công chức")
                .doesNotContain("code=");
        assertThat(audit.search(new AuditQuery("ENTRY_REFUSED", "FAILURE", null, null, null, 100)))
                .anyMatch(e -> hoa.id().equals(e.accountId()) && "OFFICIALS_ONLY".equals(e.reason())
                        && "lichcongtac".equals(e.application()) && "0791******45".equals(e.username()));
    }

    @Test
    void anOfficialIsRefusedAtACitizensOnlyApplicationButOpensOneForBoth() throws Exception {
        FormClient official = official();
        HttpResponse<String> refused = official.get(authorizationUrl("dvc-tinh"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("chỉ dành cho công dân");
        IDTokenClaimsSet chung = idToken(official, "chung");
        assertThat(chung.getStringClaim("account_type")).isEqualTo("official");
        assertThat(chung.getStringClaim("email")).isEqualTo("nguyenvanan@demo.gov.vn");
    }

    @Test
    void mergingMovesConsentsAndRevokesTheMergedAccountsTokens() throws Exception {
        CitizenAccount old = citizens.createLegacy("gop-cu", "Hoàng Văn Em", null, null, null, null, null);
        old = citizens.markVerified(old.id(), Cccd.parse("031178000456"), null, null, null, "REGISTRY");
        CitizenAccount survivor = citizens.createLegacy("gop-moi", "Hoàng Văn Em", null, null, null, null, null);
        consents.save(OAuth2AuthorizationConsent.withId("dvc-tinh", old.id().toString())
                .authority(new SimpleGrantedAuthority("SCOPE_profile")).build());
        FormClient oldSession = citizen(old);
        OIDCTokenResponse tokens = tokens(oldSession, "dvc-tinh");
        BearerAccessToken accessToken = (BearerAccessToken) tokens.getOIDCTokens().getAccessToken();
        assertThat(new UserInfoRequest(provider.getUserInfoEndpointURI(), accessToken).toHTTPRequest().send().getStatusCode())
                .isEqualTo(200);

        citizens.merge(survivor.id(), old.id(), "test");

        assertThat(new UserInfoRequest(provider.getUserInfoEndpointURI(), accessToken).toHTTPRequest().send().getStatusCode())
                .isEqualTo(401);
        assertThat(consents.findById("dvc-tinh", old.id().toString())).isNull();
        assertThat(consents.findById("dvc-tinh", survivor.id().toString()).getScopes()).containsExactly("profile");
        // the session opened before the merge has ended: no code for it
        HttpResponse<String> endedSession = oldSession.get(authorizationUrl("dvc-tinh"));
        assertThat(endedSession.statusCode()).isEqualTo(401);
        assertThat(endedSession.headers().firstValue("Location").orElse("")).doesNotContain("code=");
        // a new session of the merged account (its number moved to the survivor) gets no code either
        HttpResponse<String> afterMerge = citizen(old).get(authorizationUrl("dvc-tinh"));
        assertThat(afterMerge.statusCode()).isEqualTo(302);
        assertThat(afterMerge.headers().firstValue("Location").orElseThrow()).endsWith("/account/verify").doesNotContain("code=");
    }

    // --- CAS ---

    @Test
    void aCitizenGetsAServiceTicketTheApereoValidatorAccepts() throws Exception {
        HttpResponse<String> login = citizen(chau).get("/cas/login?service=" + java.net.URLEncoder.encode(DVC_SERVICE,
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(login.statusCode()).isEqualTo(302);
        String location = login.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(DVC_SERVICE + "?ticket=ST-");
        String ticket = location.substring(location.indexOf("ticket=") + 7);

        Assertion assertion = new Cas30ServiceTicketValidator(base + "/cas").validate(ticket, DVC_SERVICE);
        assertThat(assertion.getPrincipal().getName()).isEqualTo("lechau");
        assertThat(assertion.getPrincipal().getAttributes()).containsEntry("account_type", "citizen")
                .containsEntry("citizen_verified", "true").containsEntry("name", "Lê Minh Châu")
                .containsEntry("birthdate", "2003-11-20").doesNotContainKey("personal_identifier");
    }

    @Test
    void aCitizenIsRefusedAnOfficialOnlyCasServiceWithoutATicket() {
        HttpResponse<String> refused = citizen(chau).get("/cas/login?service=" + java.net.URLEncoder.encode(OFFICIAL_SERVICE,
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Location")).isEmpty();
        assertThat(refused.body()).contains("chỉ dành cho cán bộ, công chức").doesNotContain("ST-");
    }

    // --- helpers ---

    private String authorizationUrl(String clientId) {
        return authorizationUrl(clientId, new Nonce(), new CodeVerifier());
    }

    private String authorizationUrl(String clientId, Nonce nonce, CodeVerifier verifier) {
        return new AuthenticationRequest.Builder(ResponseType.CODE, new Scope("openid", "profile", "email"),
                new ClientID(clientId), REDIRECT)
                .endpointURI(provider.getAuthorizationEndpointURI()).state(new State()).nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256).build().toURI().toString();
    }

    private OIDCTokenResponse tokens(FormClient browser, String clientId) throws Exception {
        return tokens(browser, clientId, new Nonce());
    }

    private OIDCTokenResponse tokens(FormClient browser, String clientId, Nonce nonce) throws Exception {
        CodeVerifier verifier = new CodeVerifier();
        HttpResponse<String> response = browser.get(authorizationUrl(clientId, nonce, verifier));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        AuthorizationCode code = AuthenticationResponseParser.parse(URI.create(response.headers().firstValue("Location").orElseThrow()))
                .toSuccessResponse().getAuthorizationCode();
        var tokenResponse = OIDCTokenResponseParser.parse(new TokenRequest(provider.getTokenEndpointURI(),
                new ClientSecretBasic(new ClientID(clientId), secrets.get(clientId)),
                new AuthorizationCodeGrant(code, REDIRECT, verifier)).toHTTPRequest().send());
        assertThat(tokenResponse.indicatesSuccess()).isTrue();
        return (OIDCTokenResponse) tokenResponse.toSuccessResponse();
    }

    private IDTokenClaimsSet idToken(FormClient browser, String clientId) throws Exception {
        Nonce nonce = new Nonce();
        JWT idToken = tokens(browser, clientId, nonce).getOIDCTokens().getIDToken();
        return new IDTokenValidator(new Issuer(base), new ClientID(clientId), JWSAlgorithm.RS256, jwks).validate(idToken, nonce);
    }

}
