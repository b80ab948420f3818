package vn.dangnhap.oidc.internal;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangnhap.oidc.ClientType;
import vn.dangnhap.oidc.OidcClient;
import vn.dangnhap.shared.cache.CachedLookup;
import vn.dangnhap.shared.cache.ClusterCaches;

/**
 * Table {@code oidc_client}, with a cache ({@link ClusterCaches}, {@code oidc.clients}) so the token
 * endpoint does not read the client from the database on every request; every change here drops
 * it on every node.
 */
@Repository
public class ClientStore {

    private final JdbcClient jdbc;
    private final Clock clock;
    private static final String CACHE = "oidc.clients";

    private final ClusterCaches caches;
    private final CachedLookup<String, Optional<StoredClient>> byId;

    public ClientStore(JdbcClient jdbc, Clock clock, ClusterCaches caches) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.caches = caches;
        this.byId = caches.lookup(CACHE, 10_000, id ->
                jdbc.sql("SELECT * FROM oidc_client WHERE client_id = ?").param(id).query(this::row).optional());
    }

    /** A client with its secret digest, as the authorization server needs it. */
    public record StoredClient(OidcClient client, String secretDigest) {}

    public List<OidcClient> all() {
        return jdbc.sql("SELECT * FROM oidc_client ORDER BY client_id").query(this::row).list()
                .stream().map(StoredClient::client).toList();
    }

    public Optional<OidcClient> byId(String clientId) {
        return stored(clientId).map(StoredClient::client);
    }

    public Optional<StoredClient> stored(String clientId) {
        return byId.get(clientId);
    }

    public void insert(OidcClient c, String secretDigest) {
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO oidc_client (client_id, name, client_type, secret_digest, redirect_uris, post_logout_redirect_uris,
                  backchannel_logout_uri, initiate_login_uri, scopes, first_party, offline_access, client_credentials,
                  access_token_seconds, refresh_token_seconds, enabled, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.clientId(), c.name(), c.type().name(), secretDigest, join(c.redirectUris()),
                        join(c.postLogoutRedirectUris()), text(c.backchannelLogoutUri()), text(c.initiateLoginUri()),
                        String.join(" ", c.scopes()), c.firstParty(), c.offlineAccess(), c.clientCredentials(),
                        (int) c.accessTokenLifetime().toSeconds(), (int) c.refreshTokenLifetime().toSeconds(), c.enabled(),
                        now, now)
                .update();
        forget(c.clientId());
    }

    public void update(OidcClient c) {
        jdbc.sql("""
                UPDATE oidc_client SET name = ?, redirect_uris = ?, post_logout_redirect_uris = ?, backchannel_logout_uri = ?,
                  initiate_login_uri = ?, scopes = ?, first_party = ?, offline_access = ?, client_credentials = ?,
                  access_token_seconds = ?, refresh_token_seconds = ?, updated_at = ?
                WHERE client_id = ?""")
                .params(c.name(), join(c.redirectUris()), join(c.postLogoutRedirectUris()), text(c.backchannelLogoutUri()),
                        text(c.initiateLoginUri()), String.join(" ", c.scopes()), c.firstParty(), c.offlineAccess(),
                        c.clientCredentials(), (int) c.accessTokenLifetime().toSeconds(),
                        (int) c.refreshTokenLifetime().toSeconds(), clock.instant().atOffset(ZoneOffset.UTC), c.clientId())
                .update();
        forget(c.clientId());
    }

    public void setSecretDigest(String clientId, String digest) {
        jdbc.sql("UPDATE oidc_client SET secret_digest = ?, updated_at = ? WHERE client_id = ?")
                .params(digest, clock.instant().atOffset(ZoneOffset.UTC), clientId).update();
        forget(clientId);
    }

    public void setEnabled(String clientId, boolean enabled) {
        jdbc.sql("UPDATE oidc_client SET enabled = ?, updated_at = ? WHERE client_id = ?")
                .params(enabled, clock.instant().atOffset(ZoneOffset.UTC), clientId).update();
        forget(clientId);
    }

    /** Every node reads the clients again (one message for the whole table: clients change rarely). */
    private void forget(String clientId) {
        caches.changed(CACHE);
    }

    private StoredClient row(ResultSet rs, int n) throws SQLException {
        String backchannel = rs.getString("backchannel_logout_uri");
        String initiate = rs.getString("initiate_login_uri");
        Set<String> scopes = Arrays.stream(rs.getString("scopes").split(" ")).filter(s -> !s.isBlank())
                .collect(Collectors.toSet());
        OidcClient client = new OidcClient(
                rs.getString("client_id"), rs.getString("name"), ClientType.valueOf(rs.getString("client_type")),
                split(rs.getString("redirect_uris")), split(rs.getString("post_logout_redirect_uris")),
                backchannel == null ? null : URI.create(backchannel), initiate == null ? null : URI.create(initiate),
                scopes, rs.getBoolean("first_party"), rs.getBoolean("offline_access"), rs.getBoolean("client_credentials"),
                Duration.ofSeconds(rs.getInt("access_token_seconds")), Duration.ofSeconds(rs.getInt("refresh_token_seconds")),
                rs.getBoolean("enabled"));
        return new StoredClient(client, rs.getString("secret_digest"));
    }

    private static String join(List<URI> uris) {
        return uris.stream().map(URI::toString).collect(Collectors.joining("\n"));
    }

    private static List<URI> split(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split("\n")).filter(s -> !s.isBlank()).map(URI::create).toList();
    }

    private static String text(URI uri) {
        return uri == null ? null : uri.toString();
    }
}
