package vn.dangnhap.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Dangnhap from its packaged jar, as an operator starts it (master key and first administrator
 * from the environment), on H2 or PostgreSQL.
 *
 * <p>Seeding: a first start lets Flyway create the schema and the server generate its signing
 * keys; then, with the server stopped, the users, the OIDC clients and the CAS service are
 * inserted over JDBC into the documented tables (docs/database.md, the V*.sql migrations): one
 * precomputed Argon2id PHC string serves every user, so 100,000 users load in seconds instead of
 * 100,000 hashes. Client secrets are stored as their SHA-256 (as the server does). The server is
 * then started again: that start is the measured cold start.
 */
public final class DangnhapTarget implements AutoCloseable {

    public static final String WEB_CLIENT = "bench-web";
    public static final String SERVICE_CLIENT = "bench-service";
    public static final String REDIRECT_URI = "http://127.0.0.1:9/callback";
    public static final String CAS_CODE = "bench-cas";
    public static final String CAS_SERVICE = "https://cas-app.bench.test/login/cas";
    public static final String USER_PATTERN = "bench%06d@demo.gov.vn";

    /** Where its data lives: an H2 file (directory) or a PostgreSQL database. */
    public record Store(String jdbcUrl, String user, String password) {

        public static Store h2(Path dir) {
            return new Store("jdbc:h2:file:" + dir.toAbsolutePath().resolve("dangnhap")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "");
        }
    }

    private final String name;
    private final Path jar;
    private final Path workDir;
    private final Store store;
    private final List<String> jvmOptions;
    private final String masterKey;
    private final String webSecret = secret();
    private final String serviceSecret = secret();
    private final int port;
    private Passwords passwords;
    private int users;
    private ServerProcess process;

    public DangnhapTarget(String name, Path jar, Path workDir, Store store, List<String> jvmOptions) throws Exception {
        this.name = name;
        this.jar = jar.toAbsolutePath();
        this.workDir = workDir.toAbsolutePath();
        this.store = store;
        this.jvmOptions = jvmOptions;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.masterKey = Base64.getEncoder().encodeToString(key);
        this.port = ServerProcess.freePort();
        if (!Files.isRegularFile(this.jar)) {
            throw new IllegalStateException("Dangnhap jar not found: " + this.jar + " (build it: ./mvnw -pl server package -DskipTests)");
        }
    }

    /** First start (schema, keys), stop, then the data inserted over JDBC. */
    public void prepare(int users, Passwords passwords) throws Exception {
        this.users = users;
        this.passwords = passwords;
        log("first start (schema and signing keys)");
        process = launch("first-start");
        process.awaitReady(baseUrl() + "/.well-known/openid-configuration", Duration.ofMinutes(5));
        stop();
        log("seeding " + users + " users, 2 OIDC clients and 1 CAS service over JDBC");
        long t0 = System.nanoTime();
        seed(users, passwords);
        log(String.format("seeded in %.1f s", (System.nanoTime() - t0) / 1e9));
    }

    /** Starts the server on the seeded data and measures the cold start. */
    public Target start() throws Exception {
        process = launch("run");
        double coldStartMs = process.awaitReady(baseUrl() + "/.well-known/openid-configuration", Duration.ofMinutes(5));
        log(String.format("cold start to first served request: %.0f ms (pid %d)", coldStartMs, process.pid()));
        Discovery d = Discovery.of(baseUrl());
        return new Target(name, "Dangnhap", baseUrl(), d.authorize(), d.token(), d.userinfo(), d.introspect(),
                baseUrl() + "/cas", WEB_CLIENT, webSecret, SERVICE_CLIENT, serviceSecret, REDIRECT_URI, CAS_SERVICE,
                USER_PATTERN, users, passwords.password(), process.pid(), coldStartMs);
    }

    /** Gives every user another password hash (for the sessions phase); the server must be stopped. */
    public void rehashAll(Passwords cheaper) throws Exception {
        this.passwords = cheaper;
        try (Connection c = DriverManager.getConnection(store.jdbcUrl(), store.user(), store.password());
             PreparedStatement s = c.prepareStatement("UPDATE credential_password SET hash = ? WHERE account_id IN "
                     + "(SELECT id FROM directory_account WHERE email LIKE 'bench%')")) {
            s.setString(1, cheaper.phc());
            s.executeUpdate();
        }
    }

    public void stop() {
        if (process != null) {
            process.close();
            process = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    private ServerProcess launch(String phase) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ServerProcess.javaCommand());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.add("--server.port=" + port);
        command.add("--spring.datasource.url=" + store.jdbcUrl());
        command.add("--spring.datasource.username=" + store.user());
        command.add("--spring.datasource.password=" + store.password());
        // brute-force protection out of the way (issue 8: off on both during the runs)
        command.add("--dangnhap.login.throttle.max-failures=1000");
        command.add("--dangnhap.login.throttle.client-max-failures=100000");
        // the hourly password lifecycle job must not run in the middle of a measurement
        command.add("--dangnhap.password.lifecycle.cron=-");
        if (passwords != null) {
            // the hashing parameters of the seeded hash, so that no login rehashes
            command.add("--dangnhap.password.argon2.memory-kib=" + passwords.memoryKib());
            command.add("--dangnhap.password.argon2.iterations=" + passwords.iterations());
            command.add("--dangnhap.password.argon2.parallelism=" + passwords.parallelism());
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DANGNHAP_MASTER_KEY", masterKey);
        env.put("DANGNHAP_BOOTSTRAP_ADMIN_EMAIL", "admin@demo.gov.vn");
        env.put("DANGNHAP_BOOTSTRAP_ADMIN_PASSWORD", secret());
        return ServerProcess.start(name, command, env, workDir, workDir.resolve(name + "-" + phase + ".log"));
    }

    private void seed(int users, Passwords passwords) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = DriverManager.getConnection(store.jdbcUrl(), store.user(), store.password())) {
            c.setAutoCommit(false);
            UUID unit = UUID.randomUUID();
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO directory_unit (id, code, name, kind, parent_id, enabled) VALUES (?, 'BENCH', 'Đơn vị đo tải', 'DEPARTMENT', NULL, TRUE)")) {
                s.setObject(1, unit);
                s.executeUpdate();
            }
            try (PreparedStatement account = c.prepareStatement("""
                    INSERT INTO directory_account (id, email, full_name, phone, unit_id, status, created_at, updated_at)
                    VALUES (?, ?, ?, NULL, ?, 'ACTIVE', ?, ?)""");
                 PreparedStatement password = c.prepareStatement(
                         "INSERT INTO credential_password (account_id, hash, changed_at, must_change) VALUES (?, ?, ?, FALSE)")) {
                String hash = passwords.phc();
                for (int i = 1; i <= users; i++) {
                    UUID id = UUID.randomUUID();
                    account.setObject(1, id);
                    account.setString(2, String.format(USER_PATTERN, i));
                    account.setString(3, String.format("Người Dùng %06d", i));
                    account.setObject(4, unit);
                    account.setTimestamp(5, now);
                    account.setTimestamp(6, now);
                    account.addBatch();
                    password.setObject(1, id);
                    password.setString(2, hash);
                    password.setTimestamp(3, now);
                    password.addBatch();
                    if (i % 5000 == 0 || i == users) {
                        account.executeBatch();
                        password.executeBatch();
                    }
                }
            }
            try (PreparedStatement client = c.prepareStatement("""
                    INSERT INTO oidc_client (client_id, name, client_type, secret_digest, redirect_uris, post_logout_redirect_uris,
                        backchannel_logout_uri, initiate_login_uri, scopes, first_party, offline_access, client_credentials,
                        access_token_seconds, refresh_token_seconds, enabled, created_at, updated_at)
                    VALUES (?, ?, 'CONFIDENTIAL', ?, ?, '', NULL, NULL, 'openid profile email', TRUE, FALSE, ?, 3600, 28800, TRUE, ?, ?)""")) {
                Object[][] clients = {{WEB_CLIENT, "Benchmark web application", webSecret, false},
                        {SERVICE_CLIENT, "Benchmark service", serviceSecret, true}};
                for (Object[] row : clients) {
                    client.setString(1, (String) row[0]);
                    client.setString(2, (String) row[1]);
                    client.setString(3, sha256((String) row[2]));
                    client.setString(4, REDIRECT_URI);
                    client.setBoolean(5, (Boolean) row[3]);
                    client.setTimestamp(6, now);
                    client.setTimestamp(7, now);
                    client.executeUpdate();
                }
            }
            // Every client and CAS service belongs to an application of the catalogue, open to every official.
            try (PreparedStatement app = c.prepareStatement("""
                    INSERT INTO directory_application (code, name, description, icon, launch_url, enabled, sort_order)
                    VALUES (?, ?, '', 'GENERIC', ?, TRUE, 0)""");
                 PreparedStatement rule = c.prepareStatement(
                         "INSERT INTO directory_access_rule (id, application_code, unit_id, role) VALUES (?, ?, NULL, NULL)")) {
                String[][] apps = {{WEB_CLIENT, "Benchmark web application", REDIRECT_URI},
                        {SERVICE_CLIENT, "Benchmark service", REDIRECT_URI}, {CAS_CODE, "Ứng dụng CAS đo tải", CAS_SERVICE}};
                for (String[] row : apps) {
                    app.setString(1, row[0]);
                    app.setString(2, row[1]);
                    app.setString(3, row[2]);
                    app.executeUpdate();
                    rule.setObject(1, UUID.randomUUID());
                    rule.setString(2, row[0]);
                    rule.executeUpdate();
                }
            }
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO cas_service (code, name, service_pattern, enabled, slo_enabled, created_at, updated_at)
                    VALUES (?, 'Ứng dụng CAS đo tải', ?, TRUE, FALSE, ?, ?)""")) {
                s.setString(1, CAS_CODE);
                s.setString(2, CAS_SERVICE);
                s.setTimestamp(3, now);
                s.setTimestamp(4, now);
                s.executeUpdate();
            }
            c.commit();
        }
    }

    private void log(String message) {
        System.out.println("[" + name + "] " + message);
    }

    private static String secret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
