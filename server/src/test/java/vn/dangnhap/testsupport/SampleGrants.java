package vn.dangnhap.testsupport;

import java.net.URI;
import java.net.URL;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import vn.dangnhap.login.SignedInCitizen;
import vn.dangnhap.login.SignedInOfficial;

/**
 * Grants shaped as Spring's authorization server makes them in the flows Dangnhap enables (the
 * same attributes, token metadata and claim types — an {@code iss} URL, a {@code Date}
 * {@code auth_time}, a {@code Set} of scopes), for tests of how grants are stored.
 */
public final class SampleGrants {

    public static final Instant NOW = Instant.parse("2026-03-02T03:04:05.123456789Z");
    public static final UUID OFFICIAL_ID = UUID.fromString("7d1f6f0e-3c55-4a53-9a4e-0b7e5c1d2a11");
    public static final UUID CITIZEN_ID = UUID.fromString("0c2b9f57-6a0b-4f3e-8f7d-5a9e1c3b4d22");
    private static final String ISSUER = "https://sso.demo.gov.vn";

    private SampleGrants() {}

    /** After the code exchange (RFC 6749 §4.1.3): used code, access, refresh and ID token; PKCE and nonce in the request. */
    public static OAuth2Authorization authorizationCodeWithIdToken() {
        OAuth2AuthorizationCode code = new OAuth2AuthorizationCode("code-" + UUID.randomUUID(), NOW, NOW.plusSeconds(60));
        OidcIdToken idToken = idToken("vanban", NOW);
        return personal("vanban", official(), request("vanban", Set.of("openid", "profile", "email", "org")))
                .token(code, metadata -> metadata.put(OAuth2Authorization.Token.INVALIDATED_METADATA_NAME, true))
                .token(accessToken("vanban", Set.of("openid", "profile", "email", "org"), NOW), SampleGrants::selfContained)
                .refreshToken(new OAuth2RefreshToken("refresh-" + UUID.randomUUID(), NOW, NOW.plus(Duration.ofHours(8))))
                .token(idToken, metadata -> metadata.put(OAuth2Authorization.Token.CLAIMS_METADATA_NAME, idToken.getClaims()))
                .build();
    }

    /** The same grant after a refresh (rotation): new access, refresh and ID token; the first refresh token gone. */
    public static OAuth2Authorization refreshed(OAuth2Authorization grant) {
        Instant later = NOW.plus(Duration.ofMinutes(20));
        OidcIdToken idToken = idToken(grant.getRegisteredClientId(), later);
        return OAuth2Authorization.from(grant)
                .token(accessToken(grant.getRegisteredClientId(), grant.getAuthorizedScopes(), later), SampleGrants::selfContained)
                .refreshToken(new OAuth2RefreshToken("refresh-" + UUID.randomUUID(), later, later.plus(Duration.ofHours(8))))
                .token(idToken, metadata -> metadata.put(OAuth2Authorization.Token.CLAIMS_METADATA_NAME, idToken.getClaims()))
                .build();
    }

    /** A client acting for itself: one access token, no person, no request. */
    public static OAuth2Authorization clientCredentials() {
        return OAuth2Authorization.withRegisteredClient(client("lienthong"))
                .principalName("lienthong")
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .authorizedScopes(Set.of("handoff"))
                .token(accessToken("lienthong", Set.of("handoff"), NOW), SampleGrants::selfContained)
                .build();
    }

    /** A citizen's request waiting on the consent page (RFC 6749 §4.1.1): the state to come back with, no token yet. */
    public static OAuth2Authorization waitingForConsent() {
        return personal("motcua", citizen(), request("motcua", Set.of("openid", "profile")))
                .attribute("state", "consent-" + UUID.randomUUID())
                .build();
    }

    private static OAuth2Authorization.Builder personal(String clientId, Authentication person, OAuth2AuthorizationRequest request) {
        return OAuth2Authorization.withRegisteredClient(client(clientId))
                .principalName(person.getName())
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizedScopes(request.getScopes())
                .attribute(Principal.class.getName(), person)
                .attribute(OAuth2AuthorizationRequest.class.getName(), request);
    }

    private static Authentication official() {
        return UsernamePasswordAuthenticationToken.authenticated(
                new SignedInOfficial(OFFICIAL_ID, "nguyenvanan@demo.gov.vn", "Nguyễn Văn An"), null,
                List.of(new SimpleGrantedAuthority("ROLE_CHUYEN_VIEN"), new SimpleGrantedAuthority("ROLE_VAN_THU"),
                        FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)
                                .issuedAt(NOW.minusSeconds(90)).build()));
    }

    private static Authentication citizen() {
        return UsernamePasswordAuthenticationToken.authenticated(
                new SignedInCitizen(CITIZEN_ID, "0010******45", "Trần Thị Bình"), null,
                List.of(new SimpleGrantedAuthority("ROLE_CITIZEN"),
                        FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY)
                                .issuedAt(NOW.minusSeconds(30)).build()));
    }

    private static OAuth2AuthorizationRequest request(String clientId, Set<String> scopes) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("nonce", "n-" + UUID.randomUUID());
        parameters.put("code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        parameters.put("code_challenge_method", "S256");
        parameters.put("ui_locales", new String[] {"vi", "en"});
        return OAuth2AuthorizationRequest.authorizationCode()
                .authorizationUri(ISSUER + "/oauth2/authorize")
                .clientId(clientId)
                .redirectUri("https://" + clientId + ".demo.gov.vn/callback")
                .scopes(scopes)
                .state("s-" + UUID.randomUUID())
                .additionalParameters(parameters)
                .build();
    }

    private static OAuth2AccessToken accessToken(String clientId, Set<String> scopes, Instant issuedAt) {
        return new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "eyJhbGciOiJSUzI1NiJ9.access." + UUID.randomUUID(),
                issuedAt, issuedAt.plusSeconds(300), scopes);
    }

    private static void selfContained(Map<String, Object> metadata) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer());
        claims.put("sub", OFFICIAL_ID.toString());
        claims.put("aud", List.of("vanban"));
        claims.put("nbf", NOW);
        claims.put("scope", Set.of("openid", "profile"));
        claims.put("iat", NOW);
        claims.put("exp", NOW.plusSeconds(300));
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("client_id", "vanban");
        claims.put("cnf", Map.of("jkt", "0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I"));
        metadata.put(OAuth2Authorization.Token.CLAIMS_METADATA_NAME, claims);
        metadata.put("org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat", "self-contained");
    }

    private static OidcIdToken idToken(String clientId, Instant issuedAt) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer());
        claims.put("sub", OFFICIAL_ID.toString());
        claims.put("aud", List.of(clientId));
        claims.put("azp", clientId);
        claims.put("auth_time", Date.from(NOW.minusSeconds(90)));
        claims.put("nonce", "n-1");
        claims.put("sid", "h7e2kQ2l0V2Qy7pYQ1ZJ0wXy8k3m5n6b7v8c9x0z1a2");
        claims.put("iat", issuedAt);
        claims.put("exp", issuedAt.plusSeconds(1800));
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("name", "Nguyễn Văn An");
        claims.put("email", "nguyenvanan@demo.gov.vn");
        claims.put("email_verified", true);
        claims.put("updated_at", 1_767_225_600L);
        claims.put("roles", List.of("CHUYEN_VIEN", "VAN_THU"));
        claims.put("account_type", "official");
        return new OidcIdToken("eyJhbGciOiJSUzI1NiJ9.id." + UUID.randomUUID(), issuedAt, issuedAt.plusSeconds(1800), claims);
    }

    private static URL issuer() {
        try {
            return URI.create(ISSUER).toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RegisteredClient client(String clientId) {
        return RegisteredClient.withId(clientId)
                .clientId(clientId)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .build();
    }
}
