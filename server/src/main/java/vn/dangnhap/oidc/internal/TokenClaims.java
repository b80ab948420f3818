package vn.dangnhap.oidc.internal;

import com.nimbusds.jose.JWSAlgorithm;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;
import vn.dangnhap.entry.ApplicationEntry;
import vn.dangnhap.entry.ReleasedIdentity;

/**
 * Customises every JWT the authorization server issues: signs with the current key (its
 * {@code kid} in the header, as several keys are published during a rotation); for a person's
 * grant asks the entry decision again — at the code exchange and at every refresh, so a right
 * removed or an account locked since ends the grant with {@code invalid_grant} — and writes the
 * released identity into the ID token by granted scope, with how the person logged in
 * ({@code acr}, {@code amr}: {@link AuthenticationMethod}). A client acting for itself (client
 * credentials) must belong to an enabled application.
 */
@Component
class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final SigningKeys keys;
    private final GrantEntry grants;
    private final ApplicationEntry entry;

    TokenClaims(SigningKeys keys, GrantEntry grants, ApplicationEntry entry) {
        this.keys = keys;
        this.grants = grants;
        this.entry = entry;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        context.getJwsHeader().keyId(keys.currentKid(JWSAlgorithm.RS256));
        String clientId = context.getRegisteredClient().getClientId();
        boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        if (GrantEntry.isPersonal(context.getPrincipal()) && context.getAuthorization() != null && (idToken || accessToken)) {
            ReleasedIdentity identity = grants.admitted(context.getAuthorization(), context.getPrincipal(), clientId,
                    GrantEntry.AT_TOKEN_ENDPOINT);
            if (idToken) {
                IdentityClaims.of(identity, context.getAuthorizedScopes()).forEach((name, value) -> {
                    if (!name.equals("sub")) {
                        context.getClaims().claim(name, value);
                    }
                });
                AuthenticationMethod.of(context.getPrincipal()).ifPresent(method -> context.getClaims()
                        .claim("acr", method.acr()).claim("amr", method.amr()));
            }
        } else if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            entry.refusalForClient(clientId).ifPresent(reason -> {
                throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.UNAUTHORIZED_CLIENT,
                        "The client's application may not act (" + reason + ")", null));
            });
        }
        if (accessToken) {
            context.getClaims().claim("client_id", clientId);
        }
    }
}
