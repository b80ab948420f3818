package vn.dangnhap.oidc;

import java.net.URI;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Third-party initiated login (OpenID Connect Core §4): where a portal tile sends the browser so
 * that the application starts its own login with us — and, the SSO session being open, finishes
 * it without a password prompt.
 */
@Service
public class LoginInitiation {

    private final OidcClients clients;
    private final String configuredIssuer;

    public LoginInitiation(OidcClients clients, @Value("${dangnhap.oidc.issuer:}") String configuredIssuer) {
        this.clients = clients;
        this.configuredIssuer = configuredIssuer;
    }

    /**
     * The application's {@code initiate_login_uri} with {@code iss} added, when it is an enabled
     * OIDC application that registered one. Must be called while serving a request.
     */
    public Optional<URI> forApplication(String clientId) {
        return clients.find(clientId)
                .filter(OidcClient::enabled)
                .filter(c -> c.initiateLoginUri() != null)
                .map(c -> UriComponentsBuilder.fromUri(c.initiateLoginUri())
                        .queryParam("iss", issuer())
                        .encode()
                        .build()
                        .toUri());
    }

    private String issuer() {
        return configuredIssuer.isBlank()
                ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
                : configuredIssuer;
    }
}
