package vn.dangnhap.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh, empty PostgreSQL database for one test context.
 *
 * <p>Where a PostgreSQL server listens on {@code 127.0.0.1:5432} (trust authentication, user
 * {@code postgres}, database {@code test} — what CI and the developer machines run), a uniquely
 * named database is created there and dropped when the JVM exits. Otherwise zonky's embedded
 * PostgreSQL (real binaries from Maven Central) is started once per JVM and the database is
 * created in it. Host and port can be overridden with the system properties
 * {@code dangnhap.test.postgres.host} / {@code .port} or the environment variables
 * {@code DANGNHAP_TEST_POSTGRES_HOST} / {@code _PORT}.
 */
public final class PostgresTestDatabase {

    /** Where the database lives. */
    public enum Source { LOCAL_SERVER, EMBEDDED }

    /** A created database. */
    public record Database(String jdbcUrl, String username, String password, String name, Source source) {

        /** Points a Spring test context's data source at this database. */
        public void register(org.springframework.test.context.DynamicPropertyRegistry registry) {
            registry.add("spring.datasource.url", this::jdbcUrl);
            registry.add("spring.datasource.username", this::username);
            registry.add("spring.datasource.password", this::password);
            // small pools: several suites (and developers' parallel builds) share one server's
            // 100 connections; a test context never needs more than a handful at once
            registry.add("spring.datasource.hikari.maximum-pool-size", () -> "5");
            registry.add("spring.datasource.hikari.minimum-idle", () -> "1");
        }
    }

    private static final String ADMIN_USER = "postgres";

    private PostgresTestDatabase() {}

    /** A fresh database on the configured server, or in embedded PostgreSQL when none answers. */
    public static Database create() {
        return create(setting("dangnhap.test.postgres.host", "DANGNHAP_TEST_POSTGRES_HOST", "127.0.0.1"),
                Integer.parseInt(setting("dangnhap.test.postgres.port", "DANGNHAP_TEST_POSTGRES_PORT", "5432")));
    }

    /** A fresh database on {@code host:port}, or in embedded PostgreSQL when nothing listens there. */
    public static Database create(String host, int port) {
        String name = "dangnhap_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        if (listening(host, port)) {
            String adminUrl = "jdbc:postgresql://" + host + ":" + port + "/test";
            execute(adminUrl, "CREATE DATABASE " + name);
            Runtime.getRuntime().addShutdownHook(new Thread(
                    () -> dropQuietly(adminUrl, name), "drop-" + name));
            return new Database("jdbc:postgresql://" + host + ":" + port + "/" + name, ADMIN_USER, "", name,
                    Source.LOCAL_SERVER);
        }
        EmbeddedPostgres embedded = Embedded.INSTANCE.postgres;
        execute(embedded.getJdbcUrl(ADMIN_USER, "postgres"), "CREATE DATABASE " + name);
        return new Database(embedded.getJdbcUrl(ADMIN_USER, name), ADMIN_USER, "", name, Source.EMBEDDED);
    }

    private static boolean listening(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url, ADMIN_USER, ""); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL for tests at " + url + ": " + e.getMessage(), e);
        }
    }

    private static void dropQuietly(String adminUrl, String name) {
        try {
            // PostgreSQL 13+: WITH (FORCE) ends connections a pool may still hold at JVM exit.
            execute(adminUrl, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (RuntimeException ignored) {
            // the server may be gone already; a leftover test database is harmless
        }
    }

    private static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    /** Embedded PostgreSQL, started on first use, stopped at JVM exit. */
    private enum Embedded {
        INSTANCE;

        private final EmbeddedPostgres postgres;

        Embedded() {
            try {
                // As root (build containers), zonky runs initdb and postgres under `unshare -U`.
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // JVM exit: nothing more to do
                }
            }, "embedded-postgres-stop"));
        }
    }
}
