package vn.sandbox.vneid;

import java.net.URI;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import vn.sandbox.SandboxProperties;

/**
 * The relying parties of the VNeID stand-in: those of {@code sandbox.vneid.clients[n]} plus any a
 * test registers at runtime ({@link #register}).
 */
@Component
public class VneidClients {

    /**
     * A registered relying party.
     *
     * @param postLogoutRedirectUris exact post-logout redirect URIs; empty = any URI on the origin of a redirect URI
     */
    public record Client(String clientId, String clientSecret, List<String> redirectUris,
            List<String> postLogoutRedirectUris) {

        public Client {
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(clientSecret, "clientSecret");
            redirectUris = List.copyOf(redirectUris);
            postLogoutRedirectUris = List.copyOf(postLogoutRedirectUris);
        }

        public boolean secretMatches(String candidate) {
            return candidate != null && MessageDigest.isEqual(clientSecret.getBytes(StandardCharsets.UTF_8),
                    candidate.getBytes(StandardCharsets.UTF_8));
        }

        public boolean allowsRedirect(String uri) {
            return uri != null && redirectUris.contains(uri);
        }

        public boolean allowsPostLogoutRedirect(String uri) {
            if (uri == null) {
                return false;
            }
            if (!postLogoutRedirectUris.isEmpty()) {
                return postLogoutRedirectUris.contains(uri);
            }
            Optional<String> origin = origin(uri);
            return origin.isPresent() && redirectUris.stream().map(VneidClients::origin)
                    .anyMatch(o -> o.equals(origin));
        }

        @Override
        public String toString() {
            return "Client[" + clientId + ", redirectUris=" + redirectUris + "]";
        }
    }

    private final Map<String, Client> clients = new ConcurrentHashMap<>();

    public VneidClients(SandboxProperties properties) {
        for (SandboxProperties.Client c : properties.vneid().clients()) {
            register(new Client(c.clientId(), c.clientSecret(), c.redirectUris(), c.postLogoutRedirectUris()));
        }
    }

    /** Adds a relying party, or replaces the one with the same client id. */
    public void register(Client client) {
        clients.put(client.clientId(), client);
    }

    public Optional<Client> find(String clientId) {
        return clientId == null ? Optional.empty() : Optional.ofNullable(clients.get(clientId));
    }

    static Optional<String> origin(String uri) {
        try {
            URI u = URI.create(uri);
            if (u.getScheme() == null || u.getHost() == null) {
                return Optional.empty();
            }
            int port = u.getPort() != -1 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
            return Optional.of(u.getScheme().toLowerCase() + "://" + u.getHost().toLowerCase() + ":" + port);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
