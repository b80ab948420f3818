package vn.dangnhap.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dangnhap.testsupport.PostgresTestDatabase;

/**
 * Upgrading a database from before every client had to belong to an application (migration 16.1):
 * each OpenID Connect client and CAS service without an application gets one of its own, with no
 * access rule (deny by default), and applications that existed keep their rows untouched; tickets
 * issued before the upgrade learn whose account they are for (16.2). On H2 and PostgreSQL.
 */
class OrphanClientsMigrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void clientsAndServicesOfNoApplicationGetOneWithoutAccessRulesAtUpgrade(String database) throws Exception {
        String url;
        String user;
        String password;
        if (database.equals("h2")) {
            url = "jdbc:h2:mem:orphan-migration;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
            user = "sa";
            password = "";
        } else {
            PostgresTestDatabase.Database pg = PostgresTestDatabase.create();
            url = pg.jdbcUrl();
            user = pg.username();
            password = pg.password();
        }
        Flyway.configure().dataSource(url, user, password).target("15.1").load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO portal_application (code, name, description, icon, launch_url, enabled, sort_order)
                    VALUES ('mail', 'Thư điện tử', 'Hộp thư', 'MAIL', 'https://mail.demo.gov.vn/', TRUE, 10)""");
            s.execute("INSERT INTO directory_access_rule (id, application_code, unit_id, role) "
                    + "VALUES ('00000000-0000-0000-0000-000000000001', 'mail', NULL, NULL)");
            client(s, "mail", "https://mail.demo.gov.vn/cb", null);
            client(s, "vanban", "https://vanban.demo.gov.vn/cb\nhttps://vanban2.demo.gov.vn/cb", null);
            client(s, "hop", "https://hop.demo.gov.vn/cb", "https://hop.demo.gov.vn/sso");
            s.execute("""
                    INSERT INTO cas_service (code, name, service_pattern, enabled, slo_enabled, created_at, updated_at)
                    VALUES ('motcua', 'Một cửa', 'https://motcua.demo.gov.vn/', TRUE, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
                           ('igate', 'iGate', '^https://igate\\.demo\\.gov\\.vn/.*$', TRUE, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""");
        }

        Flyway.configure().dataSource(url, user, password).load().migrate();

        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            Map<String, String> launchUrls = new LinkedHashMap<>();
            try (ResultSet rows = s.executeQuery("SELECT code, launch_url, enabled FROM directory_application ORDER BY code")) {
                while (rows.next()) {
                    assertThat(rows.getBoolean("enabled")).isTrue();
                    launchUrls.put(rows.getString("code"), rows.getString("launch_url"));
                }
            }
            assertThat(launchUrls).containsExactly(
                    Map.entry("hop", "https://hop.demo.gov.vn/sso"),
                    Map.entry("igate", "https://igate.invalid/"),
                    Map.entry("mail", "https://mail.demo.gov.vn/"),
                    Map.entry("motcua", "https://motcua.demo.gov.vn/"),
                    Map.entry("vanban", "https://vanban.demo.gov.vn/cb"));
            try (ResultSet rules = s.executeQuery("SELECT application_code FROM directory_access_rule")) {
                assertThat(rules.next()).isTrue();
                assertThat(rules.getString(1)).as("only the application that had a rule has one").isEqualTo("mail");
                assertThat(rules.next()).isFalse();
            }
        }
    }

    private static void client(Statement s, String id, String redirectUris, String initiateLoginUri) throws Exception {
        s.execute("INSERT INTO oidc_client (client_id, name, client_type, secret_digest, redirect_uris, post_logout_redirect_uris, "
                + "initiate_login_uri, scopes, first_party, offline_access, client_credentials, access_token_seconds, "
                + "refresh_token_seconds, enabled, created_at, updated_at) VALUES ('" + id + "', 'Ứng dụng " + id
                + "', 'CONFIDENTIAL', 'x', '" + redirectUris.replace("\n", "' || CHR(10) || '") + "', '', "
                + (initiateLoginUri == null ? "NULL" : "'" + initiateLoginUri + "'")
                + ", 'openid', TRUE, FALSE, FALSE, 300, 28800, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
    }
}
