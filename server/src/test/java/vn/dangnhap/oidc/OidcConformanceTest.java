package vn.dangnhap.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationErrorResponse;
import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.PushedAuthorizationRequest;
import com.nimbusds.oauth2.sdk.PushedAuthorizationResponse;
import com.nimbusds.oauth2.sdk.ResponseMode;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.Prompt;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangnhap.directory.AccessRules;
import vn.dangnhap.directory.ApplicationCatalogue;
import vn.dangnhap.testsupport.FormClient;
import vn.dangnhap.testsupport.TestApplications;

/**
 * The authentication request parameters and endpoint behaviour certified relying parties rely on
 * (OpenID Connect Core §3.1.2.1, RFC 9207, Form Post Response Mode, RFC 9126, RFC 6749 §5.2), as an
 * independent client library (Nimbus OAuth 2.0 SDK) sees them. Shares the Spring context of
 * {@link OidcProtocolContract}'s H2 variant.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.active=demo",
        "spring.datasource.url=jdbc:h2:mem:oidc-nimbus;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "dangnhap.oidc.minimum-token-seconds=1"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcConformanceTest {

    static final URI REDIRECT = URI.create("http://127.0.0.1:9/callback");
    static final String PASSWORD = "Demo@2026";

    @LocalServerPort
    int port;
    @Autowired
    OidcClients clients;
    @Autowired
    ApplicationCatalogue catalogue;
    @Autowired
    AccessRules access;

    String base;
    OIDCProviderMetadata provider;
    JWKSet jwks;
    ClientID clientId = new ClientID("conformance-app");
    ClientID consentClient = new ClientID("conformance-consent");
    ClientID closedClient = new ClientID("conformance-closed");
    Secret secret;

    @BeforeAll
    void registerApplications() throws Exception {
        base = "http://localhost:" + port;
        TestApplications.create(catalogue, access, "conformance-app", "*");
        TestApplications.create(catalogue, access, "conformance-consent", "*");
        TestApplications.create(catalogue, access, "conformance-closed");
        secret = new Secret(clients.register(new OidcClientInput("conformance-app", "Conformance", ClientType.CONFIDENTIAL,
                List.of(REDIRECT.toString()), List.of(), null, null, List.of("openid", "profile", "email"),
                true, false, true, null, null)).secret());
        clients.register(new OidcClientInput("conformance-consent", "Needs consent", ClientType.CONFIDENTIAL,
                List.of(REDIRECT.toString()), List.of(), null, null, List.of("openid", "profile"), false, false, false, null, null));
        clients.register(new OidcClientInput("conformance-closed", "Closed", ClientType.CONFIDENTIAL,
                List.of(REDIRECT.toString()), List.of(), null, null, List.of("openid"), true, false, false, null, null));
        provider = OIDCProviderMetadata.resolve(new Issuer(base));
        jwks = JWKSet.parse(new FormClient(port).get(provider.getJWKSetURI().toString()).body());
    }

    // --- prompt=none ------------------------------------------------------------------------

    @Test
    void promptNoneWithoutSessionAnswersLoginRequiredToTheClientNeverTheLoginPage() throws Exception {
        FormClient browser = new FormClient(port);
        State state = new State();
        HttpResponse<String> answer = browser.get(authorization(clientId, state, b -> b.prompt(new Prompt("none"))),
                "Accept", "text/html");
        AuthorizationErrorResponse error = errorAt(answer);
        assertThat(error.getErrorObject().getCode()).isEqualTo("login_required");
        assertThat(error.getState()).isEqualTo(state);
        assertThat(error.getIssuer()).isEqualTo(new Issuer(base));
    }

    @Test
    void promptNoneWithSessionGivesACodeSilently() throws Exception {
        FormClient browser = signedIn();
        State state = new State();
        AuthorizationResponse response = AuthorizationResponse.parse(location(browser.get(
                authorization(clientId, state, b -> b.prompt(new Prompt("none"))))));
        assertThat(response.indicatesSuccess()).isTrue();
        assertThat(response.getState()).isEqualTo(state);
    }

    @Test
    void promptNoneAnswersConsentRequiredAndInteractionRequired() throws Exception {
        FormClient browser = signedIn();
        AuthorizationErrorResponse consent = errorAt(browser.get(authorization(consentClient, new State(),
                b -> b.scope(new Scope("openid", "profile")).prompt(new Prompt("none")))));
        assertThat(consent.getErrorObject().getCode()).isEqualTo("consent_required");

        // The entry decision refuses this person; an interactive request would show the refusal page.
        AuthorizationErrorResponse refused = errorAt(browser.get(authorization(closedClient, new State(),
                b -> b.prompt(new Prompt("none")))));
        assertThat(refused.getErrorObject().getCode()).isEqualTo("interaction_required");
        assertThat(browser.get(authorization(closedClient, new State(), b -> {})).statusCode()).isEqualTo(403);
    }

    @Test
    void promptNoneWithTooOldAuthenticationAnswersLoginRequired() throws Exception {
        FormClient browser = signedIn();
        Thread.sleep(1_100);
        AuthorizationErrorResponse error = errorAt(browser.get(authorization(clientId, new State(),
                b -> b.prompt(new Prompt("none")).maxAge(0))));
        assertThat(error.getErrorObject().getCode()).isEqualTo("login_required");
    }

    // --- prompt=login and max_age: re-authentication in the same session -----------------------

    @Test
    void promptLoginAsksThePasswordAgainAndTheSameSessionContinuesWithANewAuthTime() throws Exception {
        FormClient browser = signedIn();
        IDTokenClaimsSet before = idToken(browser, b -> {});
        Thread.sleep(1_100);

        IDTokenClaimsSet after = idTokenAfterReauthentication(browser, b -> b.prompt(new Prompt("login")));
        assertThat(after.getAuthenticationTime()).isAfter(before.getAuthenticationTime());
        assertThat(after.getSessionID()).isEqualTo(before.getSessionID()); // same SSO session, nobody logged out
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        // The next request without prompt=login is answered from the session again.
        assertThat(idToken(browser, b -> {}).getAuthenticationTime()).isEqualTo(after.getAuthenticationTime());
    }

    @Test
    void maxAgeZeroReauthenticatesAndMaxAgeNotExceededDoesNot() throws Exception {
        FormClient browser = signedIn();
        IDTokenClaimsSet silent = idToken(browser, b -> b.maxAge(3600));
        assertThat(silent.getAuthenticationTime()).isNotNull();
        Thread.sleep(1_100);

        IDTokenClaimsSet after = idTokenAfterReauthentication(browser, b -> b.maxAge(0));
        assertThat(after.getAuthenticationTime()).isAfter(silent.getAuthenticationTime());
        assertThat(after.getSessionID()).isEqualTo(silent.getSessionID());
    }

    @Test
    void aWrongPasswordOnReauthenticationKeepsAskingAndTheSessionStaysOpen() throws Exception {
        FormClient browser = signedIn();
        HttpResponse<String> asked = browser.get(authorization(clientId, new State(), b -> b.prompt(new Prompt("login"))));
        assertThat(location(asked).getPath()).isEqualTo("/login/again");
        String page = browser.follow(asked).body();
        HttpResponse<String> wrong = browser.postForm("/login/again", Map.of("password", "wrong", "_csrf", FormClient.csrfToken(page)));
        assertThat(location(wrong).toString()).endsWith("/login/again?error=credentials");
        assertThat(browser.follow(wrong).body()).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void malformedMaxAgeIsAnInvalidRequest() throws Exception {
        String url = authorization(clientId, new State(), b -> {}) + "&max_age=soon";
        assertThat(errorAt(signedIn().get(url)).getErrorObject().getCode()).isEqualTo("invalid_request");
    }

    // --- iss, response modes --------------------------------------------------------------------

    @Test
    void theAuthorizationResponseCarriesTheIssuer() throws Exception {
        AuthorizationResponse response = AuthorizationResponse.parse(location(signedIn().get(
                authorization(clientId, new State(), b -> {}))));
        assertThat(response.getIssuer()).isEqualTo(new Issuer(base));
        assertThat(provider.supportsAuthorizationResponseIssuerParam()).isTrue();
    }

    @Test
    void formPostAnswersWithAnAutoSubmittingFormUnderANonce() throws Exception {
        State state = new State();
        HttpResponse<String> page = signedIn().get(authorization(clientId, state, b -> b.responseMode(ResponseMode.FORM_POST)));
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("action=\"" + REDIRECT + "\"");
        assertThat(hidden(html, "state")).isEqualTo(state.getValue());
        assertThat(hidden(html, "iss")).isEqualTo(base);
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        Matcher nonce = Pattern.compile("script-src 'nonce-([^']+)'").matcher(csp);
        assertThat(nonce.find()).isTrue();
        assertThat(html).contains("<script nonce=\"" + nonce.group(1) + "\">");
        assertThat(csp).contains("form-action http://127.0.0.1:9");
        // The code works at the token endpoint like one sent in the query.
        var tokens = OIDCTokenResponseParser.parse(new TokenRequest(provider.getTokenEndpointURI(), new ClientSecretBasic(clientId, secret),
                new AuthorizationCodeGrant(new AuthorizationCode(hidden(html, "code")), REDIRECT)).toHTTPRequest().send());
        assertThat(tokens.indicatesSuccess()).isTrue();
        assertThat(provider.getResponseModes()).contains(ResponseMode.FORM_POST, ResponseMode.QUERY);
    }

    @Test
    void fragmentResponseModePutsTheCodeInTheFragment() throws Exception {
        URI location = location(signedIn().get(authorization(clientId, new State(), b -> b.responseMode(ResponseMode.FRAGMENT))));
        assertThat(location.getQuery()).isNull();
        assertThat(location.getFragment()).contains("code=").contains("iss=");
    }

    @Test
    void anUnknownResponseModeIsAnInvalidRequest() throws Exception {
        String url = authorization(clientId, new State(), b -> {}) + "&response_mode=web_message";
        assertThat(errorAt(signedIn().get(url)).getErrorObject().getCode()).isEqualTo("invalid_request");
    }

    // --- login_hint, ui_locales, acr and amr ----------------------------------------------------------

    @Test
    void loginHintFillsInTheNameAndUiLocalesPicksTheLanguage() throws Exception {
        FormClient browser = new FormClient(port);
        var locales = List.of(com.nimbusds.langtag.LangTag.parse("fr"), com.nimbusds.langtag.LangTag.parse("en-GB"));
        HttpResponse<String> toLogin = browser.get(authorization(clientId, new State(), b -> b
                .loginHint("nguyenvanan").uiLocales(locales)), "Accept", "text/html");
        URI login = location(toLogin);
        assertThat(login.getPath()).isEqualTo("/login");
        assertThat(login.getQuery()).contains("username=nguyenvanan").contains("lang=en");
        String page = browser.follow(toLogin).body();
        assertThat(page).contains("value=\"nguyenvanan\"").contains("lang=\"en\"");
    }

    @Test
    void theIdTokenSaysHowThePersonLoggedIn() throws Exception {
        IDTokenClaimsSet claims = idToken(signedIn(), b -> b.acrValues(List.of(new com.nimbusds.openid.connect.sdk.claims.ACR("urn:dangnhap:acr:password"))));
        assertThat(claims.getACR().getValue()).isEqualTo("urn:dangnhap:acr:password");
        assertThat(claims.getAMR()).extracting(Object::toString).containsExactly("pwd");
        assertThat(provider.getACRs()).extracting(Object::toString).contains("urn:dangnhap:acr:password");
    }

    // --- request objects, PAR --------------------------------------------------------------------

    @Test
    void requestObjectsAreRefusedNotIgnored() throws Exception {
        FormClient browser = signedIn();
        AuthorizationErrorResponse request = errorAt(browser.get(authorization(clientId, new State(), b -> {}) + "&request=eyJhbGciOiJub25lIn0.e30."));
        assertThat(request.getErrorObject().getCode()).isEqualTo("request_not_supported");
        AuthorizationErrorResponse requestUri = errorAt(browser.get(authorization(clientId, new State(), b -> {})
                + "&request_uri=https%3A%2F%2Frp.example%2Frequest.jwt"));
        assertThat(requestUri.getErrorObject().getCode()).isEqualTo("request_uri_not_supported");
        assertThat(provider.supportsRequestParam()).isFalse();
        assertThat(provider.supportsRequestURIParam()).isFalse();
    }

    @Test
    void aPushedAuthorizationRequestIsAnsweredThroughItsRequestUri() throws Exception {
        assertThat(provider.getPushedAuthorizationRequestEndpointURI()).isEqualTo(URI.create(base + "/oauth2/par"));
        State state = new State();
        AuthorizationRequest pushed = new AuthenticationRequest.Builder(ResponseType.CODE, new Scope("openid"), clientId, REDIRECT)
                .state(state).nonce(new Nonce()).build();
        PushedAuthorizationResponse par = PushedAuthorizationResponse.parse(new PushedAuthorizationRequest(
                provider.getPushedAuthorizationRequestEndpointURI(), new ClientSecretBasic(clientId, secret), pushed).toHTTPRequest().send());
        assertThat(par.indicatesSuccess()).isTrue();
        URI requestUri = par.toSuccessResponse().getRequestURI();
        String url = new AuthorizationRequest.Builder(requestUri, clientId).endpointURI(provider.getAuthorizationEndpointURI()).build()
                .toURI().toString();
        AuthorizationResponse response = AuthorizationResponse.parse(location(signedIn().get(url)));
        assertThat(response.indicatesSuccess()).isTrue();
        assertThat(response.getState()).isEqualTo(state);
        assertThat(response.getIssuer()).isEqualTo(new Issuer(base));
        // One use only (RFC 9126 §4).
        assertThat(signedIn().get(url).statusCode()).isIn(302, 400);
    }

    // --- token endpoint errors, discovery ------------------------------------------------------------

    @Test
    void aConfidentialClientWithoutAuthenticationGetsInvalidClientAsJson() {
        FormClient client = new FormClient(port);
        HttpResponse<String> none = client.postForm("/oauth2/token", Map.of("grant_type", "client_credentials", "client_id", clientId.getValue()));
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(none.body()).contains("\"error\":\"invalid_client\"");
        assertThat(none.headers().firstValue("WWW-Authenticate")).isEmpty();

        HttpResponse<String> wrongBasic = send(java.net.http.HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Authorization", new ClientSecretBasic(clientId, new Secret("wrong")).toHTTPAuthorizationHeader())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build());
        assertThat(wrongBasic.statusCode()).isEqualTo(401);
        assertThat(wrongBasic.body()).contains("\"error\":\"invalid_client\"");
        assertThat(wrongBasic.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic");
    }

    @Test
    void getOnTheTokenEndpointIs405WithAJsonErrorAndNoSession() {
        for (String path : List.of("/oauth2/token", "/oauth2/introspect", "/oauth2/revoke", "/oauth2/par")) {
            HttpResponse<String> answer = new FormClient(port).get(path, "Accept", "text/html");
            assertThat(answer.statusCode()).as(path).isEqualTo(405);
            assertThat(answer.headers().firstValue("Allow")).contains("POST");
            assertThat(answer.body()).contains("\"error\":\"invalid_request\"");
            assertThat(answer.headers().allValues("Set-Cookie")).isEmpty();
        }
    }

    @Test
    void theProtectedResourceMetadataInTheBearerChallengeIsServed() {
        HttpResponse<String> challenge = new FormClient(port).get("/userinfo");
        assertThat(challenge.statusCode()).isEqualTo(401);
        String header = challenge.headers().firstValue("WWW-Authenticate").orElseThrow();
        Matcher metadata = Pattern.compile("resource_metadata=\"([^\"]+)\"").matcher(header);
        if (metadata.find()) {
            HttpResponse<String> served = new FormClient(port).get(metadata.group(1));
            assertThat(served.statusCode()).isEqualTo(200);
            assertThat(served.body()).contains("\"resource\"");
        }
    }

    @Test
    void discoveryListsOnlyWhatWorks() throws Exception {
        assertThat(provider.getTokenEndpointAuthMethods()).extracting(Object::toString)
                .containsExactlyInAnyOrder("client_secret_basic", "client_secret_post");
        assertThat(provider.getGrantTypes()).extracting(Object::toString)
                .containsExactlyInAnyOrder("authorization_code", "refresh_token", "client_credentials");
        assertThat(provider.getScopes().toStringList()).doesNotHaveDuplicates().contains("openid", "profile");
        assertThat(provider.getDPoPJWSAlgs()).isNull();
        assertThat(provider.supportsTLSClientCertificateBoundAccessTokens()).isFalse();
    }

    // --- helpers -----------------------------------------------------------------------------

    FormClient signedIn() {
        FormClient browser = new FormClient(port);
        assertThat(browser.logIn("nguyenvanan", PASSWORD).headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return browser;
    }

    String authorization(ClientID client, State state, Consumer<AuthenticationRequest.Builder> more) {
        var builder = new AuthenticationRequest.Builder(ResponseType.CODE, new Scope("openid"), client, REDIRECT)
                .endpointURI(provider.getAuthorizationEndpointURI()).state(state).nonce(new Nonce());
        more.accept(builder);
        return builder.build().toURI().toString();
    }

    IDTokenClaimsSet idToken(FormClient browser, Consumer<AuthenticationRequest.Builder> more) throws Exception {
        return redeem(location(browser.get(authorization(clientId, new State(), more))));
    }

    /** The request is sent to the re-authentication page; the password typed there brings the code. */
    IDTokenClaimsSet idTokenAfterReauthentication(FormClient browser, Consumer<AuthenticationRequest.Builder> more) throws Exception {
        HttpResponse<String> asked = browser.get(authorization(clientId, new State(), more));
        assertThat(location(asked).getPath()).isEqualTo("/login/again");
        HttpResponse<String> page = browser.follow(asked);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("value=\"nguyenvanan@demo.gov.vn\"").contains("readonly");
        HttpResponse<String> confirmed = browser.postForm("/login/again", Map.of("password", PASSWORD, "_csrf", FormClient.csrfToken(page.body())));
        assertThat(location(confirmed).getPath()).isEqualTo("/oauth2/authorize");
        return redeem(location(browser.follow(confirmed)));
    }

    IDTokenClaimsSet redeem(URI callback) throws Exception {
        AuthorizationResponse response = AuthorizationResponse.parse(callback);
        assertThat(response.indicatesSuccess()).as(callback.toString()).isTrue();
        var tokens = OIDCTokenResponseParser.parse(new TokenRequest(provider.getTokenEndpointURI(), new ClientSecretBasic(clientId, secret),
                new AuthorizationCodeGrant(response.toSuccessResponse().getAuthorizationCode(), REDIRECT)).toHTTPRequest().send());
        var idToken = ((OIDCTokenResponse) tokens.toSuccessResponse()).getOIDCTokens().getIDToken();
        return new IDTokenValidator(new Issuer(base), clientId, JWSAlgorithm.RS256, jwks).validate(idToken, null);
    }

    static HttpResponse<String> send(java.net.http.HttpRequest request) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static URI location(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
    }

    static AuthorizationErrorResponse errorAt(HttpResponse<String> response) throws Exception {
        URI location = location(response);
        assertThat(location.toString()).startsWith(REDIRECT.toString());
        AuthorizationResponse parsed = AuthorizationResponse.parse(location);
        assertThat(parsed.indicatesSuccess()).isFalse();
        return parsed.toErrorResponse();
    }

    static String hidden(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as("hidden field " + name).isTrue();
        return m.group(1);
    }
}
