package vn.dangnhap.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenIntrospectionRequest;
import com.nimbusds.oauth2.sdk.TokenIntrospectionResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.TokenRevocationRequest;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.net.URI;
import java.net.http.HttpResponse;
import db.migration.V17_3__oidc_grants_as_json;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangnhap.audit.AuditLog;
import vn.dangnhap.audit.AuditQuery;
import vn.dangnhap.directory.AccessRules;
import vn.dangnhap.directory.ApplicationCatalogue;
import vn.dangnhap.oidc.internal.GrantJson;
import vn.dangnhap.testsupport.FormClient;
import vn.dangnhap.testsupport.LegacyGrantSerialization;
import vn.dangnhap.testsupport.TestApplications;

/**
 * The OIDC provider as an independent client library (Nimbus OAuth 2.0 SDK) sees it: discovery,
 * JWKS, the code flow with PKCE, verified ID tokens, and every refusal with the spec's error code;
 * and grants stored before they became JSON, or stored unreadable, as the client meets them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.active=demo",
        "spring.datasource.url=jdbc:h2:mem:oidc-nimbus;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "dangnhap.oidc.minimum-token-seconds=1"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OidcProtocolContract {

    static final URI REDIRECT = URI.create("http://127.0.0.1:9/callback");

    @LocalServerPort
    int port;
    @Autowired
    OidcClients clients;
    @Autowired
    AuditLog audit;
    @Autowired
    ApplicationCatalogue catalogue;
    @Autowired
    AccessRules access;
    @Autowired
    JdbcClient jdbc;

    String base;
    OIDCProviderMetadata provider;
    JWKSet jwks;
    ClientID clientId = new ClientID("nimbus-app");
    Secret secret;
    FormClient official;

    @BeforeAll
    void registerApplicationsAndSignIn() throws Exception {
        base = "http://localhost:" + port;
        TestApplications.create(catalogue, access, "nimbus-app", "*");
        TestApplications.create(catalogue, access, "short-lived", "*");
        secret = new Secret(clients.register(new OidcClientInput("nimbus-app", "Nimbus test app", ClientType.CONFIDENTIAL,
                List.of(REDIRECT.toString()), List.of(), null, null, List.of("openid", "profile", "email", "phone", "org"),
                true, false, true, null, null)).secret());
        clients.register(new OidcClientInput("short-lived", "Short-lived tokens", ClientType.CONFIDENTIAL,
                List.of(REDIRECT.toString()), List.of(), null, null, List.of("openid"), true, false, true, 1, null));
        provider = OIDCProviderMetadata.resolve(new Issuer(base));
        jwks = JWKSet.parse(official().get(provider.getJWKSetURI().toString()).body());
    }

    private FormClient official() {
        if (official == null) {
            official = new FormClient(port);
            assertThat(official.logIn("nguyenvanan", "Demo@2026").headers().firstValue("Location").orElseThrow())
                    .doesNotContain("error");
        }
        return official;
    }

    @Test
    void discoveryAndJwksDescribeTheProvider() {
        assertThat(provider.getIssuer().getValue()).isEqualTo(base);
        assertThat(provider.getScopes().toStringList()).contains("openid", "profile", "email", "phone", "org");
        assertThat(provider.supportsBackChannelLogout()).isTrue();
        assertThat(provider.supportsBackChannelLogoutSession()).isTrue();
        assertThat(provider.getUserInfoEndpointURI()).isNotNull();
        assertThat(provider.getIntrospectionEndpointURI()).isNotNull();
        assertThat(provider.getRevocationEndpointURI()).isNotNull();
        assertThat(provider.getEndSessionEndpointURI()).isNotNull();
        assertThat(jwks.getKeys()).extracting(k -> k.getAlgorithm().getName()).contains("RS256", "ES256");
        assertThat(jwks.getKeys()).allMatch(k -> !k.isPrivate());
    }

    @Test
    void codeFlowWithPkceGivesAnIdTokenThatVerifies() throws Exception {
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        AuthorizationCode code = authorize(clientId, new Scope("openid", "profile", "email", "org"), nonce, verifier, REDIRECT);

        OIDCTokenResponse tokens = tokenRequest(new AuthorizationCodeGrant(code, REDIRECT, verifier), basic()).toSuccessResponse() instanceof OIDCTokenResponse r ? r : null;
        assertThat(tokens).isNotNull();
        JWT idToken = tokens.getOIDCTokens().getIDToken();
        IDTokenClaimsSet claims = new IDTokenValidator(new Issuer(base), clientId, JWSAlgorithm.RS256, jwks).validate(idToken, nonce);
        assertThat(claims.getAudience()).extracting(Object::toString).containsExactly("nimbus-app");
        assertThat(claims.getExpirationTime()).isInTheFuture();
        assertThat(claims.getStringClaim("email")).isEqualTo("nguyenvanan@demo.gov.vn");
        assertThat(claims.getStringClaim("name")).isEqualTo("Nguyễn Văn An");
        assertThat(claims.getStringClaim("org_unit_code")).isEqualTo("VP_UBND");
        assertThat(claims.getStringClaim("sid")).isNotBlank();
        assertThat(claims.getSubject().getValue()).doesNotContain("@"); // stable id, not the e-mail

        var userInfo = UserInfoResponse.parse(new UserInfoRequest(provider.getUserInfoEndpointURI(),
                (BearerAccessToken) tokens.getOIDCTokens().getAccessToken()).toHTTPRequest().send()).toSuccessResponse().getUserInfo();
        assertThat(userInfo.getEmailAddress()).isEqualTo("nguyenvanan@demo.gov.vn");
        assertThat(userInfo.getSubject()).isEqualTo(claims.getSubject());
        assertThat(userInfo.getPhoneNumber()).isNull(); // phone scope not requested

        AccessToken access = tokens.getOIDCTokens().getAccessToken();
        assertThat(introspect(access.getValue())).isTrue();
        HTTPResponse revoked = new TokenRevocationRequest(provider.getRevocationEndpointURI(), basic(), access).toHTTPRequest().send();
        assertThat(revoked.getStatusCode()).isEqualTo(200);
        assertThat(introspect(access.getValue())).isFalse();
        assertThat(audit.search(new AuditQuery("TOKEN_ISSUED", null, null, null, null, 50)))
                .anyMatch(e -> "nimbus-app".equals(e.application()) && "authorization_code".equals(e.reason()));
    }

    @Test
    void pkceMismatchIsRefusedWithInvalidGrant() throws Exception {
        AuthorizationCode code = authorize(clientId, new Scope("openid"), new Nonce(), new CodeVerifier(), REDIRECT);
        assertThat(errorOf(tokenRequest(new AuthorizationCodeGrant(code, REDIRECT, new CodeVerifier()), basic())))
                .isEqualTo("invalid_grant");
    }

    @Test
    void redirectUriMustMatchExactly() throws Exception {
        URI other = URI.create("http://127.0.0.1:9/callback/other");
        HttpResponse<String> refused = official().get(authorizationUrl(clientId, new Scope("openid"), new Nonce(), new CodeVerifier(), other));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Location")).isEmpty();

        AuthorizationCode code = authorize(clientId, new Scope("openid"), new Nonce(), null, REDIRECT);
        assertThat(errorOf(tokenRequest(new AuthorizationCodeGrant(code, other), basic()))).isEqualTo("invalid_grant");
    }

    @Test
    void aReusedCodeIsRefusedAndItsTokensAreRevoked() throws Exception {
        AuthorizationCode code = authorize(clientId, new Scope("openid"), new Nonce(), null, REDIRECT);
        TokenResponse first = tokenRequest(new AuthorizationCodeGrant(code, REDIRECT), basic());
        assertThat(first.indicatesSuccess()).isTrue();
        assertThat(errorOf(tokenRequest(new AuthorizationCodeGrant(code, REDIRECT), basic()))).isEqualTo("invalid_grant");
        assertThat(introspect(first.toSuccessResponse().getTokens().getAccessToken().getValue())).isFalse();
    }

    @Test
    void aReplayedRefreshTokenRevokesTheWholeGrant() throws Exception {
        AuthorizationCode code = authorize(clientId, new Scope("openid"), new Nonce(), null, REDIRECT);
        RefreshToken first = tokenRequest(new AuthorizationCodeGrant(code, REDIRECT), basic()).toSuccessResponse().getTokens().getRefreshToken();
        TokenResponse rotated = tokenRequest(new RefreshTokenGrant(first), basic());
        RefreshToken second = rotated.toSuccessResponse().getTokens().getRefreshToken();
        assertThat(second.getValue()).isNotEqualTo(first.getValue());

        assertThat(errorOf(tokenRequest(new RefreshTokenGrant(first), basic()))).isEqualTo("invalid_grant");
        assertThat(errorOf(tokenRequest(new RefreshTokenGrant(second), basic()))).isEqualTo("invalid_grant");
        assertThat(introspect(rotated.toSuccessResponse().getTokens().getAccessToken().getValue())).isFalse();
        assertThat(audit.search(new AuditQuery("REFRESH_REUSE", null, null, null, null, 10))).isNotEmpty();
    }

    @Test
    void anExpiredAccessTokenIsNoLongerAccepted() throws Exception {
        ClientID shortLived = new ClientID("short-lived");
        String shortSecret = clients.rotateSecret("short-lived").secret();
        ClientAuthentication auth = new ClientSecretBasic(shortLived, new Secret(shortSecret));
        AccessToken token = tokenRequest(new ClientCredentialsGrant(), auth).toSuccessResponse().getTokens().getAccessToken();
        Thread.sleep(2_100);
        var response = TokenIntrospectionResponse.parse(new TokenIntrospectionRequest(provider.getIntrospectionEndpointURI(), auth, token)
                .toHTTPRequest().send());
        assertThat(response.toSuccessResponse().isActive()).isFalse();
    }

    @Test
    void wrongSecretAndUnknownClientAreRefusedWithInvalidClient() throws Exception {
        assertThat(errorOf(tokenRequest(new ClientCredentialsGrant(), new ClientSecretBasic(clientId, new Secret("wrong")))))
                .isEqualTo("invalid_client");
        assertThat(errorOf(tokenRequest(new ClientCredentialsGrant(), new ClientSecretBasic(new ClientID("nobody"), new Secret("x")))))
                .isEqualTo("invalid_client");
    }

    @Test
    void offlineAccessIsRefusedToAnApplicationNotAllowedIt() throws Exception {
        HttpResponse<String> response = official().get(authorizationUrl(clientId, new Scope("openid", "offline_access"),
                new Nonce(), null, REDIRECT));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).contains("error=invalid_scope");
    }

    /**
     * A grant as the server stored it before grants became JSON — the live grant, Java-serialized by
     * the old store's serializer — converted by the upgrade's migration step: the refresh token the
     * application holds still works, and the refreshed ID token keeps the sign-in's subject,
     * {@code auth_time} and {@code sid}.
     */
    @Test
    void aRefreshTokenIssuedBeforeGrantsBecameJsonStillWorks() throws Exception {
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        AuthorizationCode code = authorize(clientId, new Scope("openid", "profile"), nonce, verifier, REDIRECT);
        OIDCTokens issued = oidcTokens(tokenRequest(new AuthorizationCodeGrant(code, REDIRECT, verifier), basic()));
        IDTokenClaimsSet signedIn = idTokenValidator().validate(issued.getIDToken(), nonce);
        String grantId = grantIdOf(issued.getRefreshToken());
        byte[] storedBeforeTheUpgrade = LegacyGrantSerialization.serialize(GrantJson.read(
                jdbc.sql("SELECT grant_json FROM oidc_authorization WHERE id = ?").param(grantId).query(String.class).single()));
        jdbc.sql("UPDATE oidc_authorization SET grant_json = ? WHERE id = ?")
                .params(V17_3__oidc_grants_as_json.toJson(storedBeforeTheUpgrade).orElseThrow(), grantId).update();

        OIDCTokens refreshed = oidcTokens(tokenRequest(new RefreshTokenGrant(issued.getRefreshToken()), basic()));

        IDTokenClaimsSet claims = idTokenValidator().validate(refreshed.getIDToken(), null);
        assertThat(claims.getSubject()).isEqualTo(signedIn.getSubject());
        assertThat(claims.getAuthenticationTime()).isNotNull().isEqualTo(signedIn.getAuthenticationTime());
        assertThat(claims.getStringClaim("sid")).isNotBlank().isEqualTo(signedIn.getStringClaim("sid"));
        var userInfo = UserInfoResponse.parse(new UserInfoRequest(provider.getUserInfoEndpointURI(),
                (BearerAccessToken) refreshed.getAccessToken()).toHTTPRequest().send()).toSuccessResponse().getUserInfo();
        assertThat(userInfo.getName()).isEqualTo("Nguyễn Văn An");
    }

    /**
     * A stored grant the server cannot read — not JSON, a document naming a Java class, a person of a
     * kind it does not know (as a renamed class would be) — is a grant that does not exist: the
     * refresh token gets {@code invalid_grant}, the access token is inactive at introspection and
     * refused at UserInfo. Never a server error.
     */
    @ParameterizedTest
    @ValueSource(strings = {"not json", "{\"@class\":\"com.evil.Gadget\",\"command\":\"calc\"}", "unknown person kind"})
    void aStoredGrantThatCannotBeReadIsAbsentNotAServerError(String stored) throws Exception {
        AuthorizationCode code = authorize(clientId, new Scope("openid", "profile"), new Nonce(), null, REDIRECT);
        OIDCTokens issued = oidcTokens(tokenRequest(new AuthorizationCodeGrant(code, REDIRECT), basic()));
        String grantId = grantIdOf(issued.getRefreshToken());
        String unreadable = stored.equals("unknown person kind")
                ? jdbc.sql("SELECT grant_json FROM oidc_authorization WHERE id = ?").param(grantId).query(String.class).single()
                        .replace("\"kind\":\"official\"", "\"kind\":\"vn.dangnhap.login.SignedInOfficial\"")
                : stored;
        jdbc.sql("UPDATE oidc_authorization SET grant_json = ? WHERE id = ?").params(unreadable, grantId).update();

        assertThat(errorOf(tokenRequest(new RefreshTokenGrant(issued.getRefreshToken()), basic()))).isEqualTo("invalid_grant");
        assertThat(introspect(issued.getAccessToken().getValue())).isFalse();
        HTTPResponse userInfo = new UserInfoRequest(provider.getUserInfoEndpointURI(),
                (BearerAccessToken) issued.getAccessToken()).toHTTPRequest().send();
        assertThat(userInfo.getStatusCode()).isEqualTo(401);
    }

    @Test
    void clientCredentialsGrantWorksForAnAllowedApplication() throws Exception {
        TokenResponse response = tokenRequest(new ClientCredentialsGrant(), basic());
        assertThat(response.indicatesSuccess()).isTrue();
        assertThat(response.toSuccessResponse().getTokens().getRefreshToken()).isNull();
    }

    // --- helpers -----------------------------------------------------------------------------

    private ClientAuthentication basic() {
        return new ClientSecretBasic(clientId, secret);
    }

    private AuthorizationCode authorize(ClientID client, Scope scope, Nonce nonce, CodeVerifier verifier, URI redirect) throws Exception {
        HttpResponse<String> response = official().get(authorizationUrl(client, scope, nonce, verifier, redirect));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
        return AuthenticationResponseParser.parse(location).toSuccessResponse().getAuthorizationCode();
    }

    private String authorizationUrl(ClientID client, Scope scope, Nonce nonce, CodeVerifier verifier, URI redirect) {
        var builder = new AuthenticationRequest.Builder(ResponseType.CODE, scope, client, redirect)
                .endpointURI(provider.getAuthorizationEndpointURI()).state(new State()).nonce(nonce);
        if (verifier != null) {
            builder.codeChallenge(verifier, CodeChallengeMethod.S256);
        }
        return builder.build().toURI().toString();
    }

    private TokenResponse tokenRequest(AuthorizationGrant grant, ClientAuthentication auth) throws Exception {
        TokenResponse response = OIDCTokenResponseParser.parse(new TokenRequest(provider.getTokenEndpointURI(), auth, grant).toHTTPRequest().send());
        if (!response.indicatesSuccess()) {
            System.out.println("token error: " + ((TokenErrorResponse) response).getErrorObject().toJSONObject());
        }
        return response;
    }

    private static OIDCTokens oidcTokens(TokenResponse response) {
        assertThat(response.indicatesSuccess()).isTrue();
        return ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens();
    }

    private IDTokenValidator idTokenValidator() {
        return new IDTokenValidator(new Issuer(base), clientId, JWSAlgorithm.RS256, jwks);
    }

    /** The stored grant holding this refresh token (the row holds the token only inside its JSON and as a hash). */
    private String grantIdOf(RefreshToken refreshToken) {
        return jdbc.sql("SELECT id FROM oidc_authorization WHERE grant_json LIKE ?")
                .param("%\"" + refreshToken.getValue() + "\"%").query(String.class).single();
    }

    private boolean introspect(String token) throws Exception {
        return TokenIntrospectionResponse.parse(new TokenIntrospectionRequest(provider.getIntrospectionEndpointURI(), basic(),
                new BearerAccessToken(token)).toHTTPRequest().send()).toSuccessResponse().isActive();
    }

    private static String errorOf(TokenResponse response) {
        assertThat(response.indicatesSuccess()).isFalse();
        return ((TokenErrorResponse) response).getErrorObject().getCode();
    }
}
