package vn.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sandbox.RunningSandbox.CLIENT_ID;
import static vn.sandbox.RunningSandbox.CLIENT_SECRET;
import static vn.sandbox.RunningSandbox.POST_LOGOUT_URI;
import static vn.sandbox.RunningSandbox.REDIRECT_URI;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationErrorResponse;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.claims.UserInfo;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;

/** The VNeID stand-in driven by Nimbus as a relying party would, over HTTP. */
class VneidProviderTest {

    private static final Pattern REQUEST_FIELD = Pattern.compile("name=\"request\" value=\"([^\"]+)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"kc-form-login\" method=\"post\" action=\"([^\"]+)\"");

    private static OIDCProviderMetadata metadata;
    private static String issuer;

    @BeforeAll
    static void discover() throws Exception {
        issuer = RunningSandbox.urls().issuer();
        metadata = OIDCProviderMetadata.resolve(new Issuer(issuer));
    }

    /** One authorization request and what the relying party remembers about it. */
    private record Attempt(URI uri, State state, Nonce nonce, CodeVerifier verifier) {
    }

    private static Attempt attempt(String... extra) {
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        AuthenticationRequest request = new AuthenticationRequest.Builder(ResponseType.CODE,
                new Scope("openid", "profile", "email"), new ClientID(CLIENT_ID), URI.create(REDIRECT_URI))
                .endpointURI(metadata.getAuthorizationEndpointURI()).state(state).nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256).build();
        String uri = request.toURI().toString();
        for (int i = 0; i + 1 < extra.length; i += 2) {
            uri += "&" + extra[i] + "=" + URLEncoder.encode(extra[i + 1], StandardCharsets.UTF_8);
        }
        return new Attempt(URI.create(uri), state, nonce, verifier);
    }

    /** Opens the login page and posts the form; returns the POST's answer. */
    private static HttpResponse<String> logIn(HttpClient browser, Attempt attempt, String pin, String password,
            String action) {
        HttpResponse<String> page = RunningSandbox.get(browser, attempt.uri().toString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Số định danh cá nhân", "Mật khẩu", "Hủy");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("request", find(REQUEST_FIELD, page.body()));
        form.put("username", pin);
        form.put("password", password);
        form.put("action", action);
        return RunningSandbox.postForm(browser, find(FORM_ACTION, page.body()).replace("&amp;", "&"), form);
    }

    private static String find(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        assertThat(m.find()).as("pattern %s in page", pattern).isTrue();
        return m.group(1);
    }

    private static AuthorizationCode code(HttpResponse<String> redirect, Attempt attempt) throws Exception {
        assertThat(redirect.statusCode()).isEqualTo(302);
        AuthorizationResponse response = AuthorizationResponse.parse(URI.create(location(redirect)));
        assertThat(response.indicatesSuccess()).as("authorization response %s", location(redirect)).isTrue();
        assertThat(response.getState()).isEqualTo(attempt.state());
        return response.toSuccessResponse().getAuthorizationCode();
    }

    private static String location(HttpResponse<String> redirect) {
        return redirect.headers().firstValue("Location").orElseThrow();
    }

    private static TokenResponse redeem(AuthorizationCode code, CodeVerifier verifier, ClientAuthentication auth)
            throws Exception {
        TokenRequest request = new TokenRequest(metadata.getTokenEndpointURI(), auth,
                new AuthorizationCodeGrant(code, URI.create(REDIRECT_URI), verifier));
        return OIDCTokenResponseParser.parse(request.toHTTPRequest().send());
    }

    private static ClientSecretBasic basic() {
        return new ClientSecretBasic(new ClientID(CLIENT_ID), new Secret(CLIENT_SECRET));
    }

    @Test
    void discoveryIsKeycloakShaped() {
        assertThat(metadata.getIssuer().getValue()).endsWith("/realms/citizen");
        assertThat(metadata.getAuthorizationEndpointURI().toString()).isEqualTo(issuer + "/protocol/openid-connect/auth");
        assertThat(metadata.getTokenEndpointURI().toString()).isEqualTo(issuer + "/protocol/openid-connect/token");
        assertThat(metadata.getJWKSetURI().toString()).isEqualTo(issuer + "/protocol/openid-connect/certs");
        assertThat(metadata.getUserInfoEndpointURI().toString()).isEqualTo(issuer + "/protocol/openid-connect/userinfo");
        assertThat(metadata.getEndSessionEndpointURI().toString()).isEqualTo(issuer + "/protocol/openid-connect/logout");
        assertThat(metadata.getCodeChallengeMethods()).containsExactly(CodeChallengeMethod.S256);
        assertThat(metadata.getIDTokenJWSAlgs()).containsExactly(JWSAlgorithm.RS256);
    }

    @Test
    void codeFlowWithPkceGivesAValidSignedIdTokenWithVneidClaims() throws Exception {
        HttpClient browser = RunningSandbox.browser();
        Attempt attempt = attempt();
        AuthorizationCode code = code(logIn(browser, attempt, "079195012345", "VNeID@2026", "login"), attempt);

        TokenResponse response = redeem(code, attempt.verifier(), basic());
        assertThat(response.indicatesSuccess()).as("%s", response).isTrue();
        OIDCTokenResponse tokens = (OIDCTokenResponse) response.toSuccessResponse();

        IDTokenValidator validator = new IDTokenValidator(new Issuer(issuer), new ClientID(CLIENT_ID),
                JWSAlgorithm.RS256, metadata.getJWKSetURI().toURL());
        IDTokenClaimsSet claims = validator.validate(tokens.getOIDCTokens().getIDToken(), attempt.nonce());
        assertThat(claims.getSubject().getValue()).isEqualTo("b3bee07d-47b1-493a-80d5-8adf7737b288");
        assertThat(claims.getAudience()).extracting(a -> a.getValue()).containsExactly(CLIENT_ID);
        assertThat(claims.getNonce()).isEqualTo(attempt.nonce());
        assertThat(claims.getAuthenticationTime()).isNotNull();
        assertThat(claims.getExpirationTime()).isAfter(claims.getIssueTime());
        assertThat(claims.getStringClaim("preferred_username")).isEqualTo("079195012345");
        assertThat(claims.getStringClaim("SoDinhDanh")).isEqualTo("079195012345");
        assertThat(claims.getStringClaim("name")).isEqualTo("Nguyễn Thị Hoa");
        assertThat(claims.getStringClaim("HoVaTen")).isEqualTo("Nguyễn Thị Hoa");
        assertThat(claims.getStringClaim("NgayThangNamSinh")).isEqualTo("19950314");
        assertThat(claims.getStringClaim("LoaiTaiKhoan")).isEqualTo("CongDan");
        assertThat(claims.getStringClaim("IAL")).isEqualTo("2");

        HTTPResponse userInfoHttp = new UserInfoRequest(metadata.getUserInfoEndpointURI(),
                (BearerAccessToken) tokens.getOIDCTokens().getAccessToken()).toHTTPRequest().send();
        UserInfoResponse userInfo = UserInfoResponse.parse(userInfoHttp);
        assertThat(userInfo.indicatesSuccess()).isTrue();
        UserInfo info = userInfo.toSuccessResponse().getUserInfo();
        assertThat(info.getSubject()).isEqualTo(claims.getSubject());
        assertThat(info.getStringClaim("SoDinhDanh")).isEqualTo("079195012345");
        assertThat(info.getStringClaim("IAL")).isEqualTo("2");
    }

    @Test
    void clientSecretPostWorksAndAnIal1CitizenHasIal1() throws Exception {
        HttpClient browser = RunningSandbox.browser();
        Attempt attempt = attempt();
        AuthorizationCode code = code(logIn(browser, attempt, "048203000777", "VNeID@2026", "login"), attempt);
        TokenResponse response = redeem(code, attempt.verifier(),
                new ClientSecretPost(new ClientID(CLIENT_ID), new Secret(CLIENT_SECRET)));
        assertThat(response.indicatesSuccess()).as("%s", response).isTrue();
        var idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
        assertThat(idToken.getJWTClaimsSet().getStringClaim("IAL")).isEqualTo("1");
        assertThat(idToken.getJWTClaimsSet().getStringClaim("HoVaTen")).isEqualTo("Lê Minh Châu");
        assertThat(((SignedJWT) idToken).getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
    }

    @Test
    void wrongClientSecretIsInvalidClient() throws Exception {
        HttpClient browser = RunningSandbox.browser();
        Attempt attempt = attempt();
        AuthorizationCode code = code(logIn(browser, attempt, "001090004321", "VNeID@2026", "login"), attempt);
        TokenResponse response = redeem(code, attempt.verifier(),
                new ClientSecretBasic(new ClientID(CLIENT_ID), new Secret("wrong")));
        assertThat(response.indicatesSuccess()).isFalse();
        ErrorObject error = response.toErrorResponse().getErrorObject();
        assertThat(error.getCode()).isEqualTo("invalid_client");
        assertThat(error.getHTTPStatusCode()).isEqualTo(401);
    }

    @Test
    void wrongCodeVerifierIsInvalidGrant() throws Exception {
        HttpClient browser = RunningSandbox.browser();
        Attempt attempt = attempt();
        AuthorizationCode code = code(logIn(browser, attempt, "001090004321", "VNeID@2026", "login"), attempt);
        TokenResponse response = redeem(code, new CodeVerifier(), basic());
        assertThat(response.indicatesSuccess()).isFalse();
        assertThat(response.toErrorResponse().getErrorObject().getCode()).isEqualTo("invalid_grant");
        assertThat(response.toErrorResponse().getErrorObject().getHTTPStatusCode()).isEqualTo(400);
    }

    @Test
    void aCodeWorksOnlyOnce() throws Exception {
        HttpClient browser = RunningSandbox.browser();
        Attempt attempt = attempt();
        AuthorizationCode code = code(logIn(browser, attempt, "036185001234", "VNeID@2026", "login"), attempt);
        assertThat(redeem(code, attempt.verifier(), basic()).indicatesSuccess()).isTrue();
        TokenResponse again = redeem(code, attempt.verifier(), basic());
        assertThat(again.indicatesSuccess()).isFalse();
        assertThat(again.toErrorResponse().getErrorObject().getCode()).isEqualTo("invalid_grant");
    }

    @Test
    void wrongPasswordShowsTheFormAgainAndCancelReturnsAccessDenied() throws Exception {
        HttpClient browser = RunningSandbox.browser();
        Attempt attempt = attempt();
        HttpResponse<String> wrong = logIn(browser, attempt, "079195012345", "nope", "login");
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("Số định danh cá nhân hoặc mật khẩu không đúng.");

        Attempt cancelled = attempt();
        HttpResponse<String> cancel = logIn(browser, cancelled, "", "", "cancel");
        assertThat(cancel.statusCode()).isEqualTo(302);
        AuthorizationResponse response = AuthorizationResponse.parse(URI.create(location(cancel)));
        assertThat(response.indicatesSuccess()).isFalse();
        AuthorizationErrorResponse error = response.toErrorResponse();
        assertThat(error.getErrorObject().getCode()).isEqualTo("access_denied");
        assertThat(error.getState()).isEqualTo(cancelled.state());
    }

    @Test
    void unregisteredRedirectUriIsRefusedWithoutRedirect() {
        String uri = attempt().uri().toString().replace(URLEncoder.encode(REDIRECT_URI, StandardCharsets.UTF_8),
                URLEncoder.encode("http://127.0.0.1:9/evil", StandardCharsets.UTF_8));
        HttpResponse<String> page = RunningSandbox.get(RunningSandbox.browser(), uri);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void pkceIsRequired() throws Exception {
        String uri = metadata.getAuthorizationEndpointURI() + "?response_type=code&scope=openid&client_id=" + CLIENT_ID
                + "&redirect_uri=" + URLEncoder.encode(REDIRECT_URI, StandardCharsets.UTF_8) + "&state=s1";
        HttpResponse<String> answer = RunningSandbox.get(RunningSandbox.browser(), uri);
        AuthorizationResponse response = AuthorizationResponse.parse(URI.create(location(answer)));
        assertThat(response.toErrorResponse().getErrorObject().getCode()).isEqualTo("invalid_request");
        assertThat(response.getState().getValue()).isEqualTo("s1");
    }

    @Test
    void ssoSessionSkipsTheFormUntilRpInitiatedLogout() throws Exception {
        HttpClient browser = RunningSandbox.browser();
        Attempt first = attempt();
        AuthorizationCode code = code(logIn(browser, first, "031178000456", "VNeID@2026", "login"), first);
        OIDCTokenResponse tokens = (OIDCTokenResponse) redeem(code, first.verifier(), basic()).toSuccessResponse();
        String idToken = tokens.getOIDCTokens().getIDTokenString();

        Attempt second = attempt();
        HttpResponse<String> direct = RunningSandbox.get(browser, second.uri().toString());
        code(direct, second); // a code at once, no login page

        HttpResponse<String> refused = RunningSandbox.get(browser, metadata.getEndSessionEndpointURI()
                + "?id_token_hint=" + idToken + "&post_logout_redirect_uri="
                + URLEncoder.encode("http://evil.example/", StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(400);

        HttpResponse<String> logout = RunningSandbox.get(browser, metadata.getEndSessionEndpointURI()
                + "?id_token_hint=" + idToken + "&post_logout_redirect_uri="
                + URLEncoder.encode(POST_LOGOUT_URI, StandardCharsets.UTF_8) + "&state=bye");
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(location(logout)).isEqualTo(POST_LOGOUT_URI + "?state=bye");

        HttpResponse<String> again = RunningSandbox.get(browser, attempt().uri().toString());
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("kc-form-login");
        HTTPResponse userInfo = new UserInfoRequest(metadata.getUserInfoEndpointURI(),
                (BearerAccessToken) tokens.getOIDCTokens().getAccessToken()).toHTTPRequest().send();
        assertThat(userInfo.getStatusCode()).isEqualTo(401);

        HttpResponse<String> badHint = RunningSandbox.get(browser, metadata.getEndSessionEndpointURI()
                + "?id_token_hint=" + idToken.substring(0, idToken.length() - 4) + "AAAA");
        assertThat(badHint.statusCode()).isEqualTo(400);
    }
}
