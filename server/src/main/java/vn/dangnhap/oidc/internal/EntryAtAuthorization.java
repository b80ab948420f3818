package vn.dangnhap.oidc.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Consumer;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.dangnhap.entry.ApplicationEntry;
import vn.dangnhap.entry.Entry;
import vn.dangnhap.entry.EntryProtocol;
import vn.dangnhap.entry.EntryRefusalPage;
import vn.dangnhap.login.Accounts;
import vn.dangnhap.login.Reauthentication;
import vn.dangnhap.shared.ClientInfo;

/**
 * The entry decision at the authorization endpoint (RFC 6749 §4.1.1, OIDC Core §3.1.2), through
 * the authorization server's documented hooks: an authentication validator of the authorization
 * code request, run once the person is known and before any code is issued; and the endpoint's error
 * response handler, which shows a refused person the one refusal page (403, nothing sent back to
 * the application; with {@code prompt=none}, where no page may be shown, {@code interaction_required}
 * goes back instead), sends a person who must prove who they are again to the re-authentication page
 * ({@link AuthenticationRequestRules}), and answers every other error as the specification says —
 * back to the registered redirect URI ({@link AuthorizationResponses}: {@code error}, {@code state},
 * {@code iss}), or 400 when there is no valid redirect URI to go to.
 */
@Component
class EntryAtAuthorization implements Consumer<OAuth2AuthorizationCodeRequestAuthenticationContext>,
        AuthenticationFailureHandler {

    private final ApplicationEntry entry;
    private final Accounts accounts;
    private final AuthorizationResponses responses;
    private final Reauthentication reauthentication;
    private final RegisteredClients clients;

    EntryAtAuthorization(ApplicationEntry entry, Accounts accounts, AuthorizationResponses responses,
                         Reauthentication reauthentication, RegisteredClients clients) {
        this.clients = clients;
        this.entry = entry;
        this.accounts = accounts;
        this.responses = responses;
        this.reauthentication = reauthentication;
    }

    /** Refused entry: stops the request before a code; carries the refusal to {@link #onAuthenticationFailure}. */
    static final class EntryRefusedException extends OAuth2AuthorizationCodeRequestAuthenticationException {

        private final transient Entry.Refused refused;

        EntryRefusedException(Entry.Refused refused, OAuth2AuthorizationCodeRequestAuthenticationToken request) {
            super(new OAuth2Error(OAuth2ErrorCodes.ACCESS_DENIED, "Entry refused: " + refused.reason(), null), request);
            this.refused = refused;
        }
    }

    @Override
    public void accept(OAuth2AuthorizationCodeRequestAuthenticationContext context) {
        OAuth2AuthorizationCodeRequestAuthenticationToken request = context.getAuthentication();
        if (!(request.getPrincipal() instanceof Authentication person) || !person.isAuthenticated()) {
            return; // no one signed in yet: the endpoint sends the browser to the login page first
        }
        var account = accounts.of(person);
        if (account.isEmpty()) {
            return; // a principal that is not a person of ours (none reaches this endpoint signed in)
        }
        ClientInfo client = currentClient();
        Entry answer = entry.enter(account.get(), context.getRegisteredClient().getClientId(), EntryProtocol.OIDC, client);
        if (answer instanceof Entry.Refused refused) {
            if (AuthenticationRequestRules.prompt(request.getAdditionalParameters().get(AuthenticationRequestRules.PROMPT))
                    .contains("none")) {
                // No page may be shown (OIDC Core §3.1.2.6); an interactive request shows the refusal page.
                throw new OAuth2AuthorizationCodeRequestAuthenticationException(new OAuth2Error("interaction_required",
                        "The person cannot enter this application without interaction", null),
                        AuthenticationRequestRules.withRedirect(request, context.getRegisteredClient()));
            }
            throw new EntryRefusedException(refused, request);
        }
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        if (exception instanceof EntryRefusedException refused) {
            EntryRefusalPage.forward(request, response, refused.refused);
            return;
        }
        if (exception instanceof AuthenticationRequestRules.ReauthenticationNeeded) {
            reauthentication.ask(request, response);
            return;
        }
        var foreignRequestUri = AuthenticationRequestRules.foreignRequestUri(request, clients);
        if (foreignRequestUri.isPresent()) {
            responses.sendError(request, response, foreignRequestUri.get(), new OAuth2Error("request_uri_not_supported",
                    "Only request_uri values from the pushed authorization request endpoint are supported", null));
            return;
        }
        OAuth2Error error = exception instanceof OAuth2AuthenticationException oauth
                ? oauth.getError() : new OAuth2Error(OAuth2ErrorCodes.INVALID_REQUEST);
        OAuth2AuthorizationCodeRequestAuthenticationToken authorizationRequest =
                exception instanceof OAuth2AuthorizationCodeRequestAuthenticationException codeRequest
                        ? codeRequest.getAuthorizationCodeRequestAuthentication() : null;
        if (authorizationRequest == null || !StringUtils.hasText(authorizationRequest.getRedirectUri())) {
            // No redirect URI known to be the client's: never redirect (RFC 6749 §4.1.2.1).
            response.sendError(HttpStatus.BAD_REQUEST.value(), error.toString());
            return;
        }
        responses.sendError(request, response, authorizationRequest, error);
    }

    private static ClientInfo currentClient() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? ClientInfo.of(attributes.getRequest()) : null;
    }
}
