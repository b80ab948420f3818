package vn.dangnhap.oidc.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;

/**
 * One token of a grant with the metadata the authorization server keeps beside it: whether it was
 * invalidated (a used code, a revoked token), the access token's format, and the claims it was
 * issued with (read back by introspection, the DPoP check at refresh, the ID token at refresh and
 * logout). Any further metadata entry is kept by name if its value is plain JSON.
 *
 * @param tokenType and {@code scopes}: the access token's only
 * @param claims    with {@code claimTypes}: see {@link StoredValues.Claims}
 */
record StoredToken(String value, Instant issuedAt, Instant expiresAt, String tokenType, List<String> scopes,
                   boolean invalidated, String format, Map<String, Object> claims, Map<String, String> claimTypes,
                   Map<String, Object> metadata) {

    private static final String FORMAT_METADATA_NAME = OAuth2TokenFormat.class.getName();

    static StoredToken of(OAuth2Authorization.Token<? extends OAuth2Token> token, String where) {
        if (token == null) {
            return null;
        }
        Map<String, Object> rest = new LinkedHashMap<>(token.getMetadata());
        boolean invalidated = Boolean.TRUE.equals(rest.remove(OAuth2Authorization.Token.INVALIDATED_METADATA_NAME));
        Object format = rest.remove(FORMAT_METADATA_NAME);
        @SuppressWarnings("unchecked")
        Map<String, Object> claims = (Map<String, Object>) rest.remove(OAuth2Authorization.Token.CLAIMS_METADATA_NAME);
        OAuth2Token value = token.getToken();
        if (value instanceof OidcIdToken idToken) {
            claims = idToken.getClaims(); // the same map the server puts in the metadata
        }
        StoredValues.Claims stored = StoredValues.Claims.of(claims, where + " claims");
        String tokenType = null;
        List<String> scopes = null;
        if (value instanceof OAuth2AccessToken access) {
            tokenType = access.getTokenType().getValue();
            scopes = List.copyOf(access.getScopes());
        }
        return new StoredToken(value.getTokenValue(), value.getIssuedAt(), value.getExpiresAt(), tokenType, scopes,
                invalidated, format == null ? null : format.toString(), stored.values(), stored.types(),
                rest.isEmpty() ? null : StoredValues.plainMap(rest, where + " metadata"));
    }

    OAuth2AuthorizationCode toAuthorizationCode() {
        return new OAuth2AuthorizationCode(value, issuedAt, expiresAt);
    }

    OAuth2AccessToken toAccessToken() {
        OAuth2AccessToken.TokenType type = switch (tokenType == null ? "" : tokenType) {
            case "Bearer" -> OAuth2AccessToken.TokenType.BEARER;
            case "DPoP" -> OAuth2AccessToken.TokenType.DPOP;
            default -> throw new IllegalArgumentException("access token of an unknown type");
        };
        return new OAuth2AccessToken(type, value, issuedAt, expiresAt, scopes == null ? null : new LinkedHashSet<>(scopes));
    }

    OAuth2RefreshToken toRefreshToken() {
        return new OAuth2RefreshToken(value, issuedAt, expiresAt);
    }

    OidcIdToken toIdToken(String where) {
        return new OidcIdToken(value, issuedAt, expiresAt, restoredClaims(where));
    }

    /** The metadata as the authorization server wrote it. */
    void restoreMetadata(Map<String, Object> into, String where) {
        if (metadata != null) {
            into.putAll(metadata);
        }
        into.put(OAuth2Authorization.Token.INVALIDATED_METADATA_NAME, invalidated);
        if (format != null) {
            into.put(FORMAT_METADATA_NAME, format);
        }
        Map<String, Object> restored = restoredClaims(where);
        if (restored != null) {
            into.put(OAuth2Authorization.Token.CLAIMS_METADATA_NAME, restored);
        }
    }

    private Map<String, Object> restoredClaims(String where) {
        return new StoredValues.Claims(claims, claimTypes).restore(where + " claims");
    }
}
