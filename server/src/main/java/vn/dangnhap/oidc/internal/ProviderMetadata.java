package vn.dangnhap.oidc.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContextHolder;
import org.springframework.security.oauth2.server.authorization.oidc.OidcProviderConfiguration;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import vn.dangnhap.oidc.OidcClient;

/**
 * The discovery document (OpenID Connect Discovery 1.0 §3) says what works here and nothing more.
 * Spring's authorization server lists everything it could do; removed here is what Dangnhap does
 * not offer: TLS client authentication and DPoP (no client certificates, no proof keys are
 * registered), token exchange (no client may use it), {@code client_secret_jwt} (secrets are kept
 * only as a digest, so an HMAC made with the secret cannot be checked) and {@code private_key_jwt}
 * (no client key set is registered). Added: the scopes and claims, logout, {@code iss} in the
 * authorization response (RFC 9207), the response modes, pushed authorization requests (RFC 9126)
 * and that request objects (RFC 9101) are not supported.
 */
final class ProviderMetadata implements Consumer<OidcProviderConfiguration.Builder> {

    static final List<String> CLIENT_AUTHENTICATION = List.of(
            ClientAuthenticationMethod.CLIENT_SECRET_BASIC.getValue(), ClientAuthenticationMethod.CLIENT_SECRET_POST.getValue());
    static final List<String> GRANT_TYPES = List.of("authorization_code", "refresh_token", "client_credentials");

    private final AuthorizationServerSettings settings;

    ProviderMetadata(AuthorizationServerSettings settings) {
        this.settings = settings;
    }

    @Override
    public void accept(OidcProviderConfiguration.Builder config) {
        config.scopes(scopes -> {
                    Set<String> once = new LinkedHashSet<>(scopes);
                    once.addAll(OidcClient.KNOWN_SCOPES);
                    scopes.clear();
                    scopes.addAll(once);
                })
                .tokenEndpointAuthenticationMethods(only(CLIENT_AUTHENTICATION))
                .tokenIntrospectionEndpointAuthenticationMethods(only(CLIENT_AUTHENTICATION))
                .tokenRevocationEndpointAuthenticationMethods(only(CLIENT_AUTHENTICATION))
                .grantTypes(only(GRANT_TYPES))
                .pushedAuthorizationRequestEndpoint(issuer() + settings.getPushedAuthorizationRequestEndpoint())
                .claim("claims_supported", IdentityClaims.SUPPORTED)
                .claim("response_modes_supported", List.of(AuthorizationResponses.QUERY, AuthorizationResponses.FRAGMENT,
                        AuthorizationResponses.FORM_POST))
                .claim("authorization_response_iss_parameter_supported", true)
                .claim("acr_values_supported", AuthenticationMethod.ACR_VALUES)
                .claim("request_parameter_supported", false)
                .claim("request_uri_parameter_supported", false)
                .claim("claims_parameter_supported", false)
                .claim("backchannel_logout_supported", true)
                .claim("backchannel_logout_session_supported", true)
                .claim("frontchannel_logout_supported", false)
                .claims(ProviderMetadata::removeUnsupported);
    }

    private static void removeUnsupported(Map<String, Object> claims) {
        claims.remove("dpop_signing_alg_values_supported");
        claims.remove("tls_client_certificate_bound_access_tokens");
    }

    /** Keeps, in Spring's order, only the values we support. */
    private static Consumer<List<String>> only(List<String> supported) {
        return values -> values.retainAll(supported);
    }

    private static String issuer() {
        return AuthorizationServerContextHolder.getContext().getIssuer();
    }
}
