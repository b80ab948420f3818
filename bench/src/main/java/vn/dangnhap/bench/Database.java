package vn.dangnhap.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * The PostgreSQL both PostgreSQL targets use: the local server on 127.0.0.1:5432 (user
 * {@code postgres}, trust) when it answers, otherwise an embedded one (zonky, binaries from Maven
 * Central). Each target gets its own fresh database.
 */
public final class Database implements AutoCloseable {

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final EmbeddedPostgres embedded;

    private Database(String host, int port, String user, String password, EmbeddedPostgres embedded) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    public static Database localOrEmbedded(String url, String user, String password) throws Exception {
        if (url != null) {
            try (Connection c = DriverManager.getConnection(url + "/postgres", user, password)) {
                java.net.URI uri = java.net.URI.create(url.substring("jdbc:".length()));
                System.out.println("PostgreSQL: " + url + " (" + c.getMetaData().getDatabaseProductVersion() + ")");
                return new Database(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), user, password, null);
            } catch (Exception e) {
                System.out.println("PostgreSQL at " + url + " not reachable (" + e.getMessage() + "); starting an embedded one");
            }
        }
        EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
        return new Database("127.0.0.1", pg.getPort(), "postgres", "", pg);
    }

    public boolean embedded() {
        return embedded != null;
    }

    /** Drops and creates database {@code name}; returns its JDBC URL. */
    public String fresh(String name) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user, password);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        }
        return jdbcUrl(name);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String version() {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user, password)) {
            return c.getMetaData().getDatabaseProductVersion() + (embedded() ? " (embedded)" : " (local server)");
        } catch (Exception e) {
            return "?";
        }
    }

    @Override
    public void close() throws Exception {
        if (embedded != null) {
            embedded.close();
        }
    }
}
