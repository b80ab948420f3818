package vn.dangnhap.oidc.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.dangnhap.login.Reauthentication;

/**
 * The authentication request parameters of OpenID Connect Core §3.1.2.1 that Spring's
 * authorization server leaves to the provider, checked once the client and its redirect URI are
 * known (an error then goes back to the client):
 *
 * <ul>
 *   <li>{@code request} and a {@code request_uri} that is not one of our pushed requests (RFC 9126):
 *       request objects (RFC 9101) are not supported, and saying so beats ignoring them (§6):
 *       {@code request_not_supported}, {@code request_uri_not_supported}.</li>
 *   <li>{@code response_mode}: {@code query}, {@code fragment} or {@code form_post}.</li>
 *   <li>{@code max_age}: a non-negative number of seconds; {@code prompt=none} alone.</li>
 *   <li>{@code prompt=none} with nobody signed in: {@code login_required}, never the login page.</li>
 *   <li>{@code prompt=login}, or a {@code max_age} the session's authentication is older than:
 *       the person proves who they are again ({@link Reauthentication}) and the same SSO session
 *       continues — or, with {@code prompt=none}, {@code login_required}.</li>
 * </ul>
 */
@Component
class AuthenticationRequestRules implements Consumer<OAuth2AuthorizationCodeRequestAuthenticationContext> {

    static final String PROMPT = "prompt";
    static final String MAX_AGE = "max_age";
    static final String PUSHED_REQUEST_URI_PREFIX = "urn:ietf:params:oauth:request_uri:";

    private final Reauthentication reauthentication;
    private final Clock clock;

    AuthenticationRequestRules(Reauthentication reauthentication, Clock clock) {
        this.reauthentication = reauthentication;
        this.clock = clock;
    }

    /** Fresh proof of identity is needed: the endpoint's error handler sends the browser to re-authenticate. */
    static final class ReauthenticationNeeded extends OAuth2AuthorizationCodeRequestAuthenticationException {
        ReauthenticationNeeded(OAuth2AuthorizationCodeRequestAuthenticationToken request) {
            super(new OAuth2Error("login_required", "Re-authentication needed", null), request);
        }
    }

    @Override
    public void accept(OAuth2AuthorizationCodeRequestAuthenticationContext context) {
        OAuth2AuthorizationCodeRequestAuthenticationToken request = context.getAuthentication();
        Map<String, Object> parameters = request.getAdditionalParameters();
        if (parameters.get("request") != null) {
            throw error("request_not_supported", "Request objects (the request parameter) are not supported", context);
        }
        if (parameters.get(OAuth2ParameterNames.REQUEST_URI) instanceof String requestUri && !isPushedRequest(requestUri)) {
            throw error("request_uri_not_supported", "Only request_uri values from the pushed authorization request endpoint are supported", context);
        }
        if (parameters.get(AuthorizationResponses.RESPONSE_MODE) instanceof String mode && !AuthorizationResponses.MODES.contains(mode)) {
            throw error(OAuth2ErrorCodes.INVALID_REQUEST, "response_mode must be query, fragment or form_post", context);
        }
        if (parameters.get(AuthorizationResponses.RESPONSE_MODE) instanceof String mode) {
            currentRequest().setAttribute(AuthorizationResponses.MODE_ATTRIBUTE, mode);
        }
        Optional<Long> maxAge = maxAge(parameters.get(MAX_AGE), context);
        Set<String> prompt = prompt(parameters.get(PROMPT));
        if (prompt.contains("none") && prompt.size() > 1) {
            throw error(OAuth2ErrorCodes.INVALID_REQUEST, "prompt=none cannot be combined with other values", context);
        }
        if (!(request.getPrincipal() instanceof Authentication person) || !person.isAuthenticated()
                || person instanceof AnonymousAuthenticationToken) {
            if (prompt.contains("none")) {
                throw error("login_required", "No one is signed in", context);
            }
            return; // the endpoint sends the browser to the login page first
        }
        boolean stale = prompt.contains("login")
                || maxAge.filter(seconds -> authenticatedAt(person).plusSeconds(seconds).isBefore(clock.instant())).isPresent();
        if (stale && !reauthentication.freshlyAuthenticated(currentRequest())) {
            if (prompt.contains("none")) {
                throw error("login_required", "The authentication is older than max_age", context);
            }
            throw new ReauthenticationNeeded(withRedirect(request, context.getRegisteredClient()));
        }
    }

    /**
     * A {@code request_uri} that is not a pushed request's never reaches {@link #accept}: Spring's
     * endpoint takes every {@code request_uri} for a pushed one and refuses it without a redirect URI.
     * When the client and the redirect URI it sent check out, this is the request to answer
     * {@code request_uri_not_supported} to.
     */
    static Optional<OAuth2AuthorizationCodeRequestAuthenticationToken> foreignRequestUri(HttpServletRequest request,
                                                                                        RegisteredClientRepository clients) {
        String requestUri = request.getParameter(OAuth2ParameterNames.REQUEST_URI);
        String clientId = request.getParameter(OAuth2ParameterNames.CLIENT_ID);
        if (requestUri == null || isPushedRequest(requestUri) || clientId == null) {
            return Optional.empty();
        }
        RegisteredClient client = clients.findByClientId(clientId);
        if (client == null) {
            return Optional.empty();
        }
        String redirectUri = request.getParameter(OAuth2ParameterNames.REDIRECT_URI);
        if (redirectUri == null && client.getRedirectUris().size() == 1) {
            redirectUri = client.getRedirectUris().iterator().next();
        }
        if (redirectUri == null || !client.getRedirectUris().contains(redirectUri)) {
            return Optional.empty();
        }
        Map<String, Object> parameters = new java.util.HashMap<>();
        String mode = request.getParameter(AuthorizationResponses.RESPONSE_MODE);
        if (mode != null) {
            parameters.put(AuthorizationResponses.RESPONSE_MODE, mode);
        }
        return Optional.of(new OAuth2AuthorizationCodeRequestAuthenticationToken(request.getRequestURL().toString(), clientId,
                new AnonymousAuthenticationToken("request_uri", "anonymous",
                        org.springframework.security.core.authority.AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")),
                redirectUri, request.getParameter(OAuth2ParameterNames.STATE), Set.of(), parameters));
    }

    static Set<String> prompt(Object value) {
        return value instanceof String text && StringUtils.hasText(text)
                ? Arrays.stream(text.split(" ")).filter(StringUtils::hasText).collect(Collectors.toSet())
                : Set.of();
    }

    /** When the person last proved who they are: the newest factor of the session's authentication. */
    static Instant authenticatedAt(Authentication person) {
        return person.getAuthorities().stream()
                .filter(FactorGrantedAuthority.class::isInstance)
                .map(a -> ((FactorGrantedAuthority) a).getIssuedAt())
                .max(Instant::compareTo)
                .orElse(Instant.EPOCH);
    }

    private static Optional<Long> maxAge(Object value, OAuth2AuthorizationCodeRequestAuthenticationContext context) {
        if (!(value instanceof String text)) {
            return Optional.empty();
        }
        if (!text.matches("[0-9]{1,10}")) {
            throw error(OAuth2ErrorCodes.INVALID_REQUEST, "max_age must be a non-negative number of seconds", context);
        }
        return Optional.of(Long.parseLong(text));
    }

    /** RFC 9126 §2.2: the pushed request's reference; the authorization server resolves it (or refuses it if unknown). */
    private static boolean isPushedRequest(String requestUri) {
        return requestUri.startsWith(PUSHED_REQUEST_URI_PREFIX);
    }

    private static OAuth2AuthorizationCodeRequestAuthenticationException error(String code, String description,
            OAuth2AuthorizationCodeRequestAuthenticationContext context) {
        return new OAuth2AuthorizationCodeRequestAuthenticationException(new OAuth2Error(code, description, null),
                withRedirect(context.getAuthentication(), context.getRegisteredClient()));
    }

    /** The request with the redirect URI an error goes to: the one sent, or the client's only registered one (§3.1.2.1). */
    static OAuth2AuthorizationCodeRequestAuthenticationToken withRedirect(OAuth2AuthorizationCodeRequestAuthenticationToken request,
                                                                          RegisteredClient client) {
        if (StringUtils.hasText(request.getRedirectUri()) || client.getRedirectUris().size() != 1) {
            return request;
        }
        return new OAuth2AuthorizationCodeRequestAuthenticationToken(request.getAuthorizationUri(), request.getClientId(),
                (Authentication) request.getPrincipal(), client.getRedirectUris().iterator().next(), request.getState(),
                request.getScopes(), request.getAdditionalParameters());
    }

    private static HttpServletRequest currentRequest() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }
}
