package vn.dangnhap.oidc.internal;

import java.net.URI;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;
import vn.dangnhap.oidc.ClientType;
import vn.dangnhap.oidc.OidcClient;

/**
 * The authorization server's view of {@code oidc_client}: read-only (applications are changed
 * through {@link vn.dangnhap.oidc.OidcClients}), served from {@link ClientStore}'s cache.
 * A disabled application is unknown to the protocol endpoints.
 */
@Component
class RegisteredClients implements RegisteredClientRepository {

    static final String BACKCHANNEL_LOGOUT_URI = "backchannel_logout_uri";

    private final ClientStore store;

    RegisteredClients(ClientStore store) {
        this.store = store;
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        throw new UnsupportedOperationException("Applications are registered through OidcClients");
    }

    @Override
    public RegisteredClient findById(String id) {
        return findByClientId(id);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        if (clientId == null || clientId.length() > 40) {
            return null;
        }
        return store.stored(clientId)
                .filter(s -> s.client().enabled())
                .map(s -> toRegisteredClient(s.client(), s.secretDigest()))
                .orElse(null);
    }

    static RegisteredClient toRegisteredClient(OidcClient c, String secretDigest) {
        boolean confidential = c.type() == ClientType.CONFIDENTIAL;
        RegisteredClient.Builder builder = RegisteredClient.withId(c.clientId())
                .clientId(c.clientId())
                .clientName(c.name())
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUris(uris -> c.redirectUris().forEach(u -> uris.add(u.toString())))
                .postLogoutRedirectUris(uris -> c.postLogoutRedirectUris().forEach(u -> uris.add(u.toString())))
                .scopes(scopes -> scopes.addAll(c.scopes()))
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(!confidential)
                        .requireAuthorizationConsent(!c.firstParty())
                        .setting(BACKCHANNEL_LOGOUT_URI, c.backchannelLogoutUri() == null ? "" : c.backchannelLogoutUri().toString())
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(c.accessTokenLifetime())
                        .refreshTokenTimeToLive(c.refreshTokenLifetime())
                        .authorizationCodeTimeToLive(java.time.Duration.ofMinutes(1))
                        .reuseRefreshTokens(false)
                        .idTokenSignatureAlgorithm(SignatureAlgorithm.RS256)
                        .build());
        if (confidential) {
            builder.clientSecret(secretDigest)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                    .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN);
            if (c.clientCredentials()) {
                builder.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS);
            }
        } else {
            builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        }
        return builder.build();
    }

    static URI backchannelLogoutUri(RegisteredClient client) {
        String uri = client.getClientSettings().getSetting(BACKCHANNEL_LOGOUT_URI);
        return uri == null || uri.isBlank() ? null : URI.create(uri);
    }
}
