package vn.dangnhap.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import vn.dangnhap.oidc.internal.GrantJson;
import vn.dangnhap.testsupport.LegacyGrantSerialization;
import vn.dangnhap.testsupport.PostgresTestDatabase;
import vn.dangnhap.testsupport.SampleGrants;

/**
 * Upgrading a database whose grants were stored with Java serialization (up to V17): each grant
 * readable through the allow-list comes back in {@code grant_json} as it was issued; a row that
 * cannot be read — garbage, a class outside the list, a class since renamed — is removed with its
 * retired refresh tokens; the serialized column is gone. On H2 and PostgreSQL. (That a converted
 * refresh token still works at the token endpoint is shown by the OIDC protocol contract.)
 */
class GrantsAsJsonMigrationTest {

    private static final AtomicInteger GADGETS_BUILT = new AtomicInteger();

    /** Not a part of any grant: the allow-list must refuse it before it is built (counted when it is). */
    record Gadget(String command) implements Serializable {
        Gadget {
            GADGETS_BUILT.incrementAndGet();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void javaSerializedGrantsBecomeJsonAndUnreadableOnesAreRemoved(String database) throws Exception {
        String url;
        String user;
        String password;
        if (database.equals("h2")) {
            url = "jdbc:h2:mem:grants-json-migration;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
            user = "sa";
            password = "";
        } else {
            PostgresTestDatabase.Database pg = PostgresTestDatabase.create();
            url = pg.jdbcUrl();
            user = pg.username();
            password = pg.password();
        }
        Flyway.configure().dataSource(url, user, password).target("16.2").load().migrate();
        Map<String, OAuth2Authorization> readable = new LinkedHashMap<>();
        OAuth2Authorization codeGrant = SampleGrants.authorizationCodeWithIdToken();
        readable.put("code", codeGrant);
        readable.put("refreshed", SampleGrants.refreshed(SampleGrants.authorizationCodeWithIdToken()));
        readable.put("client", SampleGrants.clientCredentials());
        readable.put("consent", SampleGrants.waitingForConsent());
        byte[] official = LegacyGrantSerialization.serialize(SampleGrants.authorizationCodeWithIdToken());
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            for (var grant : readable.entrySet()) {
                oldRow(c, grant.getValue().getId(), LegacyGrantSerialization.serialize(grant.getValue()));
            }
            oldRow(c, "garbage", "not a serialized grant".getBytes(StandardCharsets.UTF_8));
            oldRow(c, "gadget", LegacyGrantSerialization.serialize(OAuth2Authorization.from(codeGrant)
                    .attribute("payload", new Gadget("rm -rf /")).build()));
            oldRow(c, "renamed", renamed(official, "vn.dangnhap.login.SignedInOfficial", "vn.dangnhap.login.SignedInOfficiaX"));
            for (String id : new String[] {codeGrant.getId(), "garbage", "gadget", "renamed"}) {
                retired(c, "retired-of-" + id, id);
            }
        }

        int gadgetsBefore = GADGETS_BUILT.get();

        Flyway.configure().dataSource(url, user, password).load().migrate();

        assertThat(GADGETS_BUILT.get()).as("the migration never built the gadget").isEqualTo(gadgetsBefore);
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            Map<String, String> rows = new LinkedHashMap<>();
            try (ResultSet r = s.executeQuery("SELECT id, grant_json FROM oidc_authorization ORDER BY id")) {
                while (r.next()) {
                    rows.put(r.getString(1), r.getString(2));
                }
            }
            assertThat(rows).containsOnlyKeys(readable.values().stream().map(OAuth2Authorization::getId).toList());
            for (var grant : readable.entrySet()) {
                assertThat(GrantJson.read(rows.get(grant.getValue().getId()))).as(grant.getKey())
                        .usingRecursiveComparison().isEqualTo(grant.getValue());
            }
            try (ResultSet r = s.executeQuery("SELECT authorization_id FROM oidc_retired_refresh_token")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).as("only the readable grant keeps its retired refresh token")
                        .isEqualTo(codeGrant.getId());
                assertThat(r.next()).isFalse();
            }
            assertThatThrownBy(() -> s.executeQuery("SELECT data FROM oidc_authorization"))
                    .as("the serialized column is dropped").isInstanceOf(SQLException.class);
        }
        assertThat(Flyway.configure().dataSource(url, user, password).load().info().applied())
                .as("the Java migration is found beside the SQL ones").anySatisfy(m -> {
                    assertThat(m.getVersion().getVersion()).isEqualTo("17.3");
                    assertThat(m.getType().name()).isEqualTo("JDBC");
                    assertThat(m.getState().isApplied() && !m.getState().isFailed()).isTrue();
                });
    }

    private static void oldRow(Connection c, String id, byte[] data) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO oidc_authorization (id, client_id, principal_name, grant_type, offline, expires_at, data)
                VALUES (?, 'vanban', 'someone', 'authorization_code', FALSE, ?, ?)""")) {
            insert.setString(1, id);
            insert.setTimestamp(2, Timestamp.from(Instant.now().plusSeconds(3600)));
            insert.setBytes(3, data);
            insert.executeUpdate();
        }
    }

    private static void retired(Connection c, String hash, String authorizationId) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO oidc_retired_refresh_token (token_hash, authorization_id, expires_at) VALUES (?, ?, ?)")) {
            insert.setString(1, hash);
            insert.setString(2, authorizationId);
            insert.setTimestamp(3, Timestamp.from(Instant.now().plusSeconds(3600)));
            insert.executeUpdate();
        }
    }

    /** The serialized stream with a class name replaced by another of the same length: a class renamed since. */
    private static byte[] renamed(byte[] serialized, String from, String to) {
        String latin1 = new String(serialized, StandardCharsets.ISO_8859_1);
        assertThat(latin1).contains(from);
        return latin1.replace(from, to).getBytes(StandardCharsets.ISO_8859_1);
    }
}
