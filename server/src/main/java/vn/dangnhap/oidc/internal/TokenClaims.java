package vn.dangnhap.oidc.internal;

import com.nimbusds.jose.JWSAlgorithm;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * Customises every JWT the authorization server issues: signs with the current key (its
 * {@code kid} in the header, as several keys are published during a rotation) and adds the
 * official's or citizen's claims to ID tokens by granted scope.
 */
@Component
class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final SigningKeys keys;
    private final SubjectClaims subjectClaims;

    TokenClaims(SigningKeys keys, SubjectClaims subjectClaims) {
        this.keys = keys;
        this.subjectClaims = subjectClaims;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        context.getJwsHeader().keyId(keys.currentKid(JWSAlgorithm.RS256));
        boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        if (idToken) {
            subjectClaims.forSubject(context.getPrincipal().getName(), context.getAuthorizedScopes(),
                            context.getRegisteredClient().getClientId())
                    .ifPresent(claims -> claims.forEach((name, value) -> {
                        if (value != null && !name.equals("sub")) {
                            context.getClaims().claim(name, value);
                        }
                    }));
        } else if (accessToken) {
            context.getClaims().claim("client_id", context.getRegisteredClient().getClientId());
        }
    }
}
