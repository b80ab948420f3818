package vn.dangnhap.oidc.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationResponseType;

/**
 * The application's authorization request (RFC 6749 §4.1.1) as the grant keeps it: the code
 * exchange checks {@code redirect_uri} and the PKCE challenge against it (RFC 7636 §4.6) and the ID
 * token takes its {@code nonce}. Only the authorization-code request exists (response type
 * {@code code}). Additional parameters are text, or lists of text for a parameter sent several
 * times (restored as {@code String[]}, the form the authorization endpoint gives them).
 */
record StoredAuthorizationRequest(String authorizationUri, String clientId, String redirectUri, List<String> scopes,
                                  String state, Map<String, Object> additionalParameters, Map<String, Object> attributes,
                                  String authorizationRequestUri) {

    private static final String WHERE = "authorization request";

    static StoredAuthorizationRequest of(OAuth2AuthorizationRequest request) {
        if (!AuthorizationGrantType.AUTHORIZATION_CODE.equals(request.getGrantType())
                || !OAuth2AuthorizationResponseType.CODE.equals(request.getResponseType())) {
            throw new IllegalArgumentException("only authorization-code requests can be stored");
        }
        return new StoredAuthorizationRequest(request.getAuthorizationUri(), request.getClientId(),
                request.getRedirectUri(), List.copyOf(request.getScopes()), request.getState(),
                StoredValues.plainMap(request.getAdditionalParameters(), WHERE + " parameters"),
                StoredValues.plainMap(request.getAttributes(), WHERE + " attributes"),
                request.getAuthorizationRequestUri());
    }

    OAuth2AuthorizationRequest toRequest() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (additionalParameters != null) {
            additionalParameters.forEach((name, value) -> parameters.put(name,
                    value instanceof List<?> values ? values.stream().map(String::valueOf).toArray(String[]::new) : value));
        }
        return OAuth2AuthorizationRequest.authorizationCode()
                .authorizationUri(authorizationUri)
                .clientId(clientId)
                .redirectUri(redirectUri)
                .scopes(scopes == null ? null : new LinkedHashSet<>(scopes))
                .state(state)
                .additionalParameters(parameters)
                .attributes(attributes == null ? Map.of() : attributes)
                .authorizationRequestUri(authorizationRequestUri)
                .build();
    }
}
