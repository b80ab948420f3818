package vn.dangnhap.oidc.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.dangnhap.linking.AccountLinks;
import vn.dangnhap.linking.ReleaseRule;
import vn.dangnhap.login.ClientInfo;

/**
 * Stops an authorization request (RFC 6749 §4.1.1) before a code is issued when the application
 * requires an account link and the signed-in official has no active one: the request is forwarded
 * to {@link LinkMissingPage}, which answers 403 with a reference code that is also audited.
 * Requests without a signed-in official pass, so the endpoint sends them to the login page first.
 * Sits in the authorization server's filter chain just before {@code OAuth2AuthorizationEndpointFilter}.
 */
@Component
class LinkRequiredFilter extends OncePerRequestFilter {

    static final String PATH = "/oauth2/authorize";

    private final AccountLinks links;
    private final RegisteredClients clients;

    LinkRequiredFilter(AccountLinks links, RegisteredClients clients) {
        this.links = links;
        this.clients = clients;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !PATH.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        UUID accountId = signedInOfficial();
        String clientId = request.getParameter("client_id");
        var client = accountId == null ? null : clients.findByClientId(clientId);
        if (client != null) {
            ReleaseRule rule = links.releaseRule(client.getClientId());
            if (rule.linkRequired() && links.linkedName(accountId, client.getClientId()).isEmpty()) {
                ClientInfo from = ClientInfo.of(request);
                String reference = links.reportMissingLink(accountId, client.getClientId(), from.ip(), from.userAgent());
                request.setAttribute(LinkMissingPage.REFERENCE, reference);
                request.setAttribute(LinkMissingPage.APPLICATION, client.getClientName());
                request.getRequestDispatcher(LinkMissingPage.PATH).forward(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The account id of the official in the SSO session, or null. */
    private static UUID signedInOfficial() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return null;
        }
        try {
            return UUID.fromString(auth.getName());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
