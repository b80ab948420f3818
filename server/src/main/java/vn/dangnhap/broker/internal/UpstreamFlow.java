package vn.dangnhap.broker.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dangnhap.broker.IdentityProvider;

/**
 * The upstream login itself (OpenID Connect Core 1.0 §3.1, authorization code flow): the
 * authentication request with state, nonce and PKCE S256 (RFC 7636), then, at the callback, the
 * token request, the full validation of the ID token and — when a mapped claim is not in it — the
 * userinfo request. Reading the claims is {@link EidClaims}' job.
 */
@Component
class UpstreamFlow {

    private final UpstreamMetadata metadata;
    private final ProviderCatalogue catalogue;
    private final BrokerProperties properties;
    private final Clock clock;

    UpstreamFlow(UpstreamMetadata metadata, ProviderCatalogue catalogue, BrokerProperties properties, Clock clock) {
        this.metadata = metadata;
        this.catalogue = catalogue;
        this.properties = properties;
        this.clock = clock;
    }

    /** The pending login to keep in the session, and the provider's authorization URL to send the browser to. */
    record Start(PendingLogin pending, URI authorizationUri) {}

    Start start(IdentityProvider provider, URI redirectUri) {
        UpstreamMetadata.Upstream upstream = metadata.of(provider);
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        AuthenticationRequest request = new AuthenticationRequest.Builder(ResponseType.CODE,
                Scope.parse(provider.scopes()), new ClientID(provider.clientId()), redirectUri)
                .endpointURI(upstream.metadata().getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build();
        PendingLogin pending = new PendingLogin(provider.alias(), state.getValue(), nonce.getValue(), verifier.getValue(),
                redirectUri.toString(), clock.instant());
        return new Start(pending, request.toURI());
    }

    /** The validated ID token's claims merged with the userinfo answer (the ID token's win), and the raw ID token. */
    record Verified(Map<String, Object> claims, String subject, String idToken) {}

    Verified finish(IdentityProvider provider, PendingLogin pending, String code) {
        UpstreamMetadata.Upstream upstream = metadata.of(provider);
        OIDCTokens tokens = exchange(provider, upstream, pending, code);
        JWT idToken = tokens.getIDToken();
        if (idToken == null) {
            throw new UpstreamLoginRefused("INVALID_ID_TOKEN", "broker.error.token", "no id_token in the token response");
        }
        if (!JWSAlgorithm.RS256.equals(idToken.getHeader().getAlgorithm())) {
            throw new UpstreamLoginRefused("INVALID_ID_TOKEN", "broker.error.token", "alg " + idToken.getHeader().getAlgorithm());
        }
        IDTokenClaimsSet claims;
        try {
            claims = upstream.validator().validate(idToken, new Nonce(pending.nonce()));
        } catch (BadJOSEException | JOSEException e) {
            throw new UpstreamLoginRefused("INVALID_ID_TOKEN", "broker.error.token", cut(e.getMessage()));
        }
        Map<String, Object> all = new HashMap<>(claims.toJSONObject());
        if (missesMappedClaim(provider, all) && upstream.metadata().getUserInfoEndpointURI() != null) {
            userInfo(upstream, tokens.getAccessToken(), claims.getSubject().getValue()).forEach(all::putIfAbsent);
        }
        return new Verified(all, claims.getSubject().getValue(), idToken.getParsedString());
    }

    private OIDCTokens exchange(IdentityProvider provider, UpstreamMetadata.Upstream upstream, PendingLogin pending, String code) {
        Secret secret = new Secret(catalogue.clientSecret(provider));
        ClientID clientId = new ClientID(provider.clientId());
        List<ClientAuthenticationMethod> methods = upstream.metadata().getTokenEndpointAuthMethods();
        ClientAuthentication auth = methods == null || methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                ? new ClientSecretBasic(clientId, secret) : new ClientSecretPost(clientId, secret);
        TokenRequest request = new TokenRequest(upstream.metadata().getTokenEndpointURI(), auth,
                new AuthorizationCodeGrant(new AuthorizationCode(code), URI.create(pending.redirectUri()),
                        new CodeVerifier(pending.codeVerifier())));
        try {
            TokenResponse response = OIDCTokenResponseParser.parse(send(request.toHTTPRequest()));
            if (!response.indicatesSuccess()) {
                String error = response.toErrorResponse().getErrorObject().getCode();
                throw new UpstreamLoginRefused("UPSTREAM_ERROR", "broker.error.upstream", "token endpoint: " + cut(error));
            }
            return response.toSuccessResponse().getTokens().toOIDCTokens();
        } catch (ParseException e) {
            throw new UpstreamLoginRefused("UPSTREAM_ERROR", "broker.error.upstream", "token response: " + cut(e.getMessage()));
        }
    }

    private Map<String, Object> userInfo(UpstreamMetadata.Upstream upstream, AccessToken token, String subject) {
        try {
            UserInfoResponse response = UserInfoResponse.parse(
                    send(new UserInfoRequest(upstream.metadata().getUserInfoEndpointURI(), token).toHTTPRequest()));
            if (!response.indicatesSuccess()) {
                throw new UpstreamLoginRefused("UPSTREAM_ERROR", "broker.error.upstream", "userinfo refused");
            }
            var info = response.toSuccessResponse().getUserInfo();
            if (!subject.equals(info.getSubject().getValue())) {
                // OpenID Connect Core 1.0 §5.3.2: a userinfo answer about someone else must not be used.
                throw new UpstreamLoginRefused("INVALID_ID_TOKEN", "broker.error.token", "userinfo sub differs from the ID token");
            }
            return info.toJSONObject();
        } catch (ParseException e) {
            throw new UpstreamLoginRefused("UPSTREAM_ERROR", "broker.error.upstream", "userinfo: " + cut(e.getMessage()));
        }
    }

    private HTTPResponse send(HTTPRequest request) {
        int timeout = (int) properties.httpTimeout().toMillis();
        request.setConnectTimeout(timeout);
        request.setReadTimeout(timeout);
        try {
            return request.send();
        } catch (IOException e) {
            throw new UpstreamLoginRefused("UNREACHABLE", "broker.error.unreachable", cut(e.getClass().getSimpleName()));
        }
    }

    private static boolean missesMappedClaim(IdentityProvider provider, Map<String, Object> claims) {
        var m = provider.mapping();
        return m.pinClaims().stream().noneMatch(claims::containsKey)
                || m.nameClaims().stream().noneMatch(claims::containsKey)
                || (m.birthDateClaim() != null && !claims.containsKey(m.birthDateClaim()))
                || (m.ialClaim() != null && !claims.containsKey(m.ialClaim()));
    }

    /** Upstream texts go to the audit trail only, short; digits runs are masked in case a number is quoted. */
    static String cut(String text) {
        String t = text == null ? "" : text.replaceAll("\\d{9,}", "*********");
        return t.length() > 160 ? t.substring(0, 160) : t;
    }
}
