package vn.dangnhap.oidc;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangnhap.directory.ApplicationCatalogue;
import vn.dangnhap.oidc.internal.ClientSecretDigest;
import vn.dangnhap.oidc.internal.ClientStore;
import vn.dangnhap.shared.ConflictException;
import vn.dangnhap.shared.InvalidInputException;
import vn.dangnhap.shared.NotFoundException;

/**
 * Registers applications for OpenID Connect and changes them. Secrets are generated here (256
 * random bits), returned once, and stored as a SHA-256 digest (DESIGN.md §3: client secrets are
 * not passwords).
 */
@Service
public class OidcClients {

    private static final Pattern CLIENT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");
    private static final Duration DEFAULT_ACCESS = Duration.ofMinutes(5);
    private static final Duration DEFAULT_REFRESH = Duration.ofHours(8);

    /** The property giving the shortest token lifetime an admin may set, and its default. */
    public static final String MINIMUM_TOKEN_SECONDS = "dangnhap.oidc.minimum-token-seconds";
    public static final int DEFAULT_MINIMUM_TOKEN_SECONDS = 60;

    private final ClientStore store;
    private final ApplicationCatalogue applications;
    private final int minimumLifetimeSeconds;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param minimumLifetimeSeconds the shortest token lifetime an admin may set
     *                               ({@code dangnhap.oidc.minimum-token-seconds}, default 60)
     */
    public OidcClients(ClientStore store, ApplicationCatalogue applications,
                       @org.springframework.beans.factory.annotation.Value("${dangnhap.oidc.minimum-token-seconds:"
                               + DEFAULT_MINIMUM_TOKEN_SECONDS + "}") int minimumLifetimeSeconds) {
        this.store = store;
        this.applications = applications;
        this.minimumLifetimeSeconds = minimumLifetimeSeconds;
    }

    public List<OidcClient> all() {
        return store.all();
    }

    public Optional<OidcClient> find(String clientId) {
        return clientId == null ? Optional.empty() : store.byId(clientId.strip().toLowerCase(Locale.ROOT));
    }

    public OidcClient client(String clientId) {
        return find(clientId).orElseThrow(() -> new NotFoundException("client.not-found"));
    }

    /**
     * Registers an application for OpenID Connect: the client id is the code of an application of
     * the catalogue (module entry), which must exist first — its access rules, audience and release
     * rule decide who signs in. For a confidential client the result carries its secret, once.
     */
    @Transactional
    public RegisteredClientSecret register(OidcClientInput input) {
        String clientId = clientId(input.clientId());
        if (applications.find(clientId).isEmpty()) {
            throw new InvalidInputException("clientId", "client.application.unknown", clientId);
        }
        if (store.byId(clientId).isPresent()) {
            throw new ConflictException("client.id-taken", clientId);
        }
        OidcClient client = validate(clientId, input, true, minimumLifetimeSeconds);
        String secret = client.type() == ClientType.CONFIDENTIAL ? newSecret() : null;
        store.insert(client, secret == null ? null : ClientSecretDigest.digest(secret));
        return new RegisteredClientSecret(client(clientId), secret);
    }

    @Transactional
    public OidcClient update(String clientId, OidcClientInput input) {
        OidcClient current = client(clientId);
        OidcClient changed = validate(current.clientId(), input, current.enabled(), minimumLifetimeSeconds);
        if (changed.type() != current.type()) {
            throw new InvalidInputException("type", "client.type.fixed");
        }
        store.update(changed);
        return client(current.clientId());
    }

    /** A new secret for a confidential client; the old one stops working at once. */
    @Transactional
    public RegisteredClientSecret rotateSecret(String clientId) {
        OidcClient client = client(clientId);
        if (client.type() != ClientType.CONFIDENTIAL) {
            throw new InvalidInputException("type", "client.public-has-no-secret");
        }
        String secret = newSecret();
        store.setSecretDigest(client.clientId(), ClientSecretDigest.digest(secret));
        return new RegisteredClientSecret(client, secret);
    }

    /** The shortest client secret {@link #setSecret} accepts: 32 characters. */
    public static final int MINIMUM_SECRET_LENGTH = 32;

    /**
     * Sets a confidential client's secret to one chosen outside Dangnhap (configuration as code
     * reads it from an environment variable); stored as its digest like a generated one.
     */
    @Transactional
    public void setSecret(String clientId, String secret) {
        OidcClient client = client(clientId);
        if (client.type() != ClientType.CONFIDENTIAL) {
            throw new InvalidInputException("secret", "client.public-has-no-secret");
        }
        if (secret == null || secret.length() < MINIMUM_SECRET_LENGTH || secret.length() > 512) {
            throw new InvalidInputException("secret", "client.secret.length", MINIMUM_SECRET_LENGTH, 512);
        }
        store.setSecretDigest(client.clientId(), ClientSecretDigest.digest(secret));
    }

    /** Whether {@code secret} is the client's current secret (compared in constant time). */
    public boolean secretMatches(String clientId, String secret) {
        return find(clientId).flatMap(c -> store.stored(c.clientId()))
                .map(stored -> new ClientSecretDigest().matches(secret, stored.secretDigest()))
                .orElse(false);
    }

    @Transactional
    public OidcClient setEnabled(String clientId, boolean enabled) {
        OidcClient client = client(clientId);
        store.setEnabled(client.clientId(), enabled);
        return client(client.clientId());
    }

    private String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * The rules a registration as typed must meet that need no stored data (client id, name, URIs,
     * scopes, grants, lifetimes from {@code minimumLifetimeSeconds}); {@link InvalidInputException}
     * naming the field otherwise. {@link #register} and {@link #update} check them too.
     */
    public static void check(OidcClientInput input, int minimumLifetimeSeconds) {
        validate(clientId(input.clientId()), input, true, minimumLifetimeSeconds);
    }

    private static String clientId(String input) {
        String id = input == null ? "" : input.strip().toLowerCase(Locale.ROOT);
        if (!CLIENT_ID.matcher(id).matches()) {
            throw new InvalidInputException("clientId", "application.code.invalid");
        }
        return id;
    }

    private static OidcClient validate(String clientId, OidcClientInput input, boolean enabled, int minimumLifetimeSeconds) {
        String name = input.name() == null ? "" : input.name().strip();
        if (name.isEmpty() || name.length() > 200 || name.matches(".*[<>\\p{Cntrl}].*")) {
            throw new InvalidInputException("name", name.isEmpty() ? "name.required" : "name.invalid-characters");
        }
        ClientType type = input.type() == null ? ClientType.CONFIDENTIAL : input.type();
        List<URI> redirects = uris("redirectUris", input.redirectUris());
        if (redirects.isEmpty()) {
            throw new InvalidInputException("redirectUris", "client.redirect-uri.required");
        }
        Set<String> scopes = new LinkedHashSet<>();
        for (String scope : input.scopes()) {
            String s = scope == null ? "" : scope.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (!OidcClient.KNOWN_SCOPES.contains(s)) {
                throw new InvalidInputException("scopes", "client.scope.unknown", abbreviate(s));
            }
            scopes.add(s);
        }
        scopes.add("openid");
        if (input.offlineAccess()) {
            scopes.add("offline_access");
        } else {
            scopes.remove("offline_access");
        }
        if (input.clientCredentials() && type == ClientType.PUBLIC) {
            throw new InvalidInputException("clientCredentials", "client.public-no-client-credentials");
        }
        return new OidcClient(clientId, name, type, redirects, uris("postLogoutRedirectUris", input.postLogoutRedirectUris()),
                optionalUri("backchannelLogoutUri", input.backchannelLogoutUri()),
                optionalUri("initiateLoginUri", input.initiateLoginUri()),
                scopes, input.firstParty(), input.offlineAccess(), input.clientCredentials(),
                lifetime("accessTokenSeconds", input.accessTokenSeconds(), DEFAULT_ACCESS, minimumLifetimeSeconds, 86_400),
                lifetime("refreshTokenSeconds", input.refreshTokenSeconds(), DEFAULT_REFRESH, minimumLifetimeSeconds, 90 * 86_400),
                enabled);
    }

    private static Duration lifetime(String field, Integer seconds, Duration fallback, int min, int max) {
        if (seconds == null) {
            return fallback;
        }
        if (seconds < min || seconds > max) {
            throw new InvalidInputException(field, "client.lifetime.range", min, max);
        }
        return Duration.ofSeconds(seconds);
    }

    private static List<URI> uris(String field, List<String> inputs) {
        List<URI> result = new ArrayList<>();
        for (String input : inputs) {
            if (input != null && !input.isBlank()) {
                URI uri = uri(field, input);
                if (!result.contains(uri)) {
                    result.add(uri);
                }
            }
        }
        if (result.size() > 20) {
            throw new InvalidInputException(field, "client.uri.too-many", 20);
        }
        return result;
    }

    private static URI optionalUri(String field, String input) {
        return input == null || input.isBlank() ? null : uri(field, input);
    }

    /**
     * An absolute URI, https except for loopback hosts (development and tests), without fragment,
     * user info or wildcard: redirect URIs are compared exactly (OAuth 2.0 Security BCP §4.1).
     */
    static URI uri(String field, String input) {
        String text = input.strip();
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            boolean loopback = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
            boolean ok = text.length() <= 2000 && (scheme.equals("https") || (scheme.equals("http") && loopback))
                    && !host.isEmpty() && uri.getFragment() == null && uri.getUserInfo() == null && !text.contains("*");
            if (!ok) {
                throw new InvalidInputException(field, "client.uri.invalid", abbreviate(text));
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidInputException(field, "client.uri.invalid", abbreviate(text));
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
