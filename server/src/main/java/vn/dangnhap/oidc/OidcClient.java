package vn.dangnhap.oidc;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * An application registered for OpenID Connect. {@code clientId} is the application's code in
 * the portal, so its tile and its protocol settings are one application.
 */
public record OidcClient(
        String clientId,
        String name,
        ClientType type,
        List<URI> redirectUris,
        List<URI> postLogoutRedirectUris,
        URI backchannelLogoutUri,
        URI initiateLoginUri,
        Set<String> scopes,
        boolean firstParty,
        boolean offlineAccess,
        boolean clientCredentials,
        Duration accessTokenLifetime,
        Duration refreshTokenLifetime,
        boolean enabled) {

    /** The scopes every application may ask for; {@code offline_access} only when allowed. */
    public static final Set<String> KNOWN_SCOPES = Set.of("openid", "profile", "email", "phone", "org", "offline_access");

    public OidcClient {
        redirectUris = List.copyOf(redirectUris);
        postLogoutRedirectUris = List.copyOf(postLogoutRedirectUris);
        scopes = Set.copyOf(scopes);
    }
}
