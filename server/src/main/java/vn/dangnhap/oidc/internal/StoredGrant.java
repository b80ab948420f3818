package vn.dangnhap.oidc.internal;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;

/**
 * One grant as the JSON document of {@code oidc_authorization.grant_json} ({@link GrantJson}):
 * every part of Spring's {@code OAuth2Authorization} that the provider reads back, under a name of
 * ours. The two attributes the authorization server sets that are objects — the person
 * ({@code java.security.Principal}) and the authorization request — have their own fields; any
 * other attribute (the {@code state} of a grant waiting for consent) is kept by name if its value
 * is plain JSON. The grant types clients are registered for use four tokens: authorization code,
 * access, refresh and ID token. Whatever else a grant holds is refused when it is written, not lost.
 *
 * @param format {@link GrantJson#FORMAT}
 * @param person absent for a client acting for itself (client credentials)
 */
record StoredGrant(int format, String id, String registeredClientId, String principalName, String grantType,
                   List<String> authorizedScopes, StoredPerson person, StoredAuthorizationRequest authorizationRequest,
                   Map<String, Object> attributes, StoredToken authorizationCode, StoredToken accessToken,
                   StoredToken refreshToken, StoredToken idToken) {

    private static final String PRINCIPAL = Principal.class.getName();
    private static final String REQUEST = OAuth2AuthorizationRequest.class.getName();
    /** The grant types clients may be registered for ({@link RegisteredClients}). */
    private static final Set<AuthorizationGrantType> GRANT_TYPES = Set.of(AuthorizationGrantType.AUTHORIZATION_CODE,
            AuthorizationGrantType.REFRESH_TOKEN, AuthorizationGrantType.CLIENT_CREDENTIALS);

    static StoredGrant of(OAuth2Authorization authorization) {
        Map<String, Object> attributes = new LinkedHashMap<>(authorization.getAttributes());
        Object principal = attributes.remove(PRINCIPAL);
        Object request = attributes.remove(REQUEST);
        if (request != null && !(request instanceof OAuth2AuthorizationRequest)) {
            throw new IllegalArgumentException("the grant's authorization request is a " + request.getClass().getName());
        }
        if (!GRANT_TYPES.contains(authorization.getAuthorizationGrantType())) {
            // another grant type (device code, token exchange) has tokens and attributes of its own
            throw new IllegalArgumentException("grants of type " + authorization.getAuthorizationGrantType().getValue()
                    + " cannot be stored");
        }
        return new StoredGrant(GrantJson.FORMAT, authorization.getId(), authorization.getRegisteredClientId(),
                authorization.getPrincipalName(), authorization.getAuthorizationGrantType().getValue(),
                List.copyOf(authorization.getAuthorizedScopes()),
                principal == null ? null : StoredPerson.of(principal),
                request == null ? null : StoredAuthorizationRequest.of((OAuth2AuthorizationRequest) request),
                attributes.isEmpty() ? null : StoredValues.plainMap(attributes, "attribute"),
                StoredToken.of(authorization.getToken(OAuth2AuthorizationCode.class), "authorization code"),
                StoredToken.of(authorization.getAccessToken(), "access token"),
                StoredToken.of(authorization.getRefreshToken(), "refresh token"),
                StoredToken.of(authorization.getToken(OidcIdToken.class), "ID token"));
    }

    OAuth2Authorization toAuthorization() {
        if (format != GrantJson.FORMAT) {
            throw new IllegalArgumentException("document of format " + format + ", not " + GrantJson.FORMAT);
        }
        if (id == null || registeredClientId == null || principalName == null || grantType == null) {
            throw new IllegalArgumentException("document without id, client, principal name or grant type");
        }
        Rebuilt builder = new Rebuilt(registeredClientId);
        builder.id(id)
                .principalName(principalName)
                .authorizationGrantType(new AuthorizationGrantType(grantType))
                .authorizedScopes(authorizedScopes == null ? new LinkedHashSet<>() : new LinkedHashSet<>(authorizedScopes));
        if (attributes != null) {
            attributes.forEach(builder::attribute);
        }
        if (person != null) {
            builder.attribute(PRINCIPAL, person.toAuthentication());
        }
        if (authorizationRequest != null) {
            builder.attribute(REQUEST, authorizationRequest.toRequest());
        }
        if (authorizationCode != null) {
            builder.token(authorizationCode.toAuthorizationCode(),
                    metadata -> authorizationCode.restoreMetadata(metadata, "authorization code"));
        }
        if (accessToken != null) {
            builder.token(accessToken.toAccessToken(), metadata -> accessToken.restoreMetadata(metadata, "access token"));
        }
        if (refreshToken != null) {
            builder.token(refreshToken.toRefreshToken(), metadata -> refreshToken.restoreMetadata(metadata, "refresh token"));
        }
        if (idToken != null) {
            builder.token(idToken.toIdToken("ID token"), metadata -> idToken.restoreMetadata(metadata, "ID token"));
        }
        return builder.build();
    }

    /**
     * The builder is meant to be extended (its constructor is protected): rebuilding a stored grant
     * needs only the registered client's id, which the row holds, not the whole registered client.
     */
    private static final class Rebuilt extends OAuth2Authorization.Builder {
        Rebuilt(String registeredClientId) {
            super(registeredClientId);
        }
    }
}
