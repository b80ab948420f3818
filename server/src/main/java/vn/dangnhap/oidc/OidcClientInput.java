package vn.dangnhap.oidc;

import java.util.List;

/**
 * What an admin types about an OIDC application; {@link OidcClients} validates it. Lifetimes in
 * seconds; null means the default (access 5 minutes, refresh 8 hours).
 */
public record OidcClientInput(
        String clientId,
        String name,
        ClientType type,
        List<String> redirectUris,
        List<String> postLogoutRedirectUris,
        String backchannelLogoutUri,
        String initiateLoginUri,
        List<String> scopes,
        boolean firstParty,
        boolean offlineAccess,
        boolean clientCredentials,
        Integer accessTokenSeconds,
        Integer refreshTokenSeconds) {

    public OidcClientInput {
        redirectUris = redirectUris == null ? List.of() : List.copyOf(redirectUris);
        postLogoutRedirectUris = postLogoutRedirectUris == null ? List.of() : List.copyOf(postLogoutRedirectUris);
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }
}
