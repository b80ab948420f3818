package vn.dangnhap.bench;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keycloak from Maven Central ({@code org.keycloak:keycloak-quarkus-dist}), started with
 * {@code kc.sh start} on PostgreSQL, HTTP on a free port, hostname not strict, local caches
 * (one node), and Argon2id at Dangnhap's parameters (provider options
 * {@code --spi-password-hashing--argon2--*}; the realm's password policy
 * {@code hashAlgorithm(argon2)}). Brute-force detection is off (the realm default, set explicitly).
 *
 * <p>Seeding: a realm export in Keycloak's directory format ({@code bench-realm.json} and
 * {@code bench-users-N.json}, 10,000 users a file) loaded with {@code kc.sh import}; every user
 * carries the same precomputed Argon2id credential (REFERENCE.md: creating users over the admin API
 * would hash each password). The realm file carries the same two clients as Dangnhap's.
 */
public final class KeycloakTarget implements AutoCloseable {

    public static final String REALM = "bench";
    private static final String ADMIN = "bench-admin";

    private final String version;
    private final Path home;
    private final Path workDir;
    private final String dbUrl;
    private final String dbUser;
    private final String dbPassword;
    private final String heapOptions;
    private final int port;
    private final String adminPassword = secret();
    private final String webSecret = secret();
    private final String serviceSecret = secret();
    private Passwords passwords;
    private int users;
    private ServerProcess process;

    public KeycloakTarget(String version, Path cache, Path workDir, String dbUrl, String dbUser, String dbPassword,
                          String heapOptions) throws Exception {
        this.version = version;
        this.workDir = workDir.toAbsolutePath();
        this.dbUrl = dbUrl;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
        this.heapOptions = heapOptions;
        this.home = install(version, cache);
        this.port = ServerProcess.freePort();
    }

    /** Downloads (once, into the cache) and unpacks the distribution. */
    static Path install(String version, Path cache) throws Exception {
        Path home = cache.resolve("keycloak-" + version);
        if (Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            return home;
        }
        Files.createDirectories(cache);
        Path zip = cache.resolve("keycloak-quarkus-dist-" + version + ".zip");
        if (!Files.isRegularFile(zip)) {
            String url = "https://repo.maven.apache.org/maven2/org/keycloak/keycloak-quarkus-dist/" + version
                    + "/keycloak-quarkus-dist-" + version + ".zip";
            System.out.println("[keycloak] downloading " + url);
            Path part = cache.resolve(zip.getFileName() + ".part");
            HttpResponse<Path> response = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                    .send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofFile(part));
            if (response.statusCode() != 200) {
                throw new IOException(url + " answered " + response.statusCode());
            }
            Files.move(part, zip, StandardCopyOption.REPLACE_EXISTING);
        }
        Path tmp = cache.resolve("keycloak-" + version + ".unpacking");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName().substring(entry.getName().indexOf('/') + 1);
                if (name.isEmpty()) {
                    continue;
                }
                Path out = tmp.resolve(name).normalize();
                if (!out.startsWith(tmp)) {
                    throw new IOException("bad zip entry " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.move(tmp, home);
        return home;
    }

    public void prepare(int users, Passwords passwords) throws Exception {
        this.users = users;
        this.passwords = passwords;
        Path dir = workDir.resolve("keycloak-import");
        writeRealm(dir, users, passwords);
        System.out.println("[keycloak] kc.sh import of " + users + " users (first run also builds the server for PostgreSQL)");
        long t0 = System.nanoTime();
        List<String> command = kc("import");
        command.add("--dir=" + dir);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("keycloak-import.log").toFile()));
        builder.environment().putAll(env());
        Process p = builder.start();
        p.getOutputStream().close();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("kc.sh import failed; log: " + workDir.resolve("keycloak-import.log"));
        }
        System.out.printf("[keycloak] imported in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    public Target start() throws Exception {
        process = ServerProcess.start("keycloak", kc("start"), env(), workDir, workDir.resolve("keycloak-run.log"));
        String issuer = baseUrl() + "/realms/" + REALM;
        double coldStartMs = process.awaitReady(issuer + "/.well-known/openid-configuration", Duration.ofMinutes(5));
        System.out.printf("[keycloak] cold start to first served request: %.0f ms (pid %d)%n", coldStartMs, process.pid());
        Discovery d = Discovery.of(issuer);
        return new Target("keycloak", "Keycloak " + version, baseUrl(), d.authorize(), d.token(), d.userinfo(),
                d.introspect(), null, DangnhapTarget.WEB_CLIENT, webSecret, DangnhapTarget.SERVICE_CLIENT, serviceSecret,
                DangnhapTarget.REDIRECT_URI, null, DangnhapTarget.USER_PATTERN, users, passwords.password(),
                process.pid(), coldStartMs);
    }

    /** Gives every user another password hash (for the sessions phase); Keycloak must be stopped. */
    public void rehashAll(Passwords cheaper) throws Exception {
        this.passwords = cheaper;
        try (Connection c = DriverManager.getConnection(dbUrl, dbUser, dbPassword);
             PreparedStatement s = c.prepareStatement(
                     "UPDATE credential SET secret_data = ?, credential_data = ? WHERE type = 'password' AND user_id IN "
                             + "(SELECT u.id FROM user_entity u JOIN realm r ON r.id = u.realm_id WHERE r.name = '" + REALM + "')")) {
            s.setString(1, cheaper.keycloakSecretData());
            s.setString(2, cheaper.keycloakCredentialData());
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

    private List<String> kc(String verb) {
        List<String> command = new ArrayList<>(List.of("bash", home.resolve("bin/kc.sh").toString(), verb,
                "--db=postgres", "--db-url=" + dbUrl, "--db-username=" + dbUser,
                "--db-password=" + (dbPassword.isEmpty() ? "unused" : dbPassword), "--cache=local"));
        if (verb.equals("start")) {
            command.addAll(List.of("--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + port,
                    "--hostname-strict=false"));
        }
        command.addAll(List.of(
                "--spi-password-hashing--argon2--memory=" + passwords.memoryKib(),
                "--spi-password-hashing--argon2--iterations=" + passwords.iterations(),
                "--spi-password-hashing--argon2--parallelism=" + passwords.parallelism(),
                "--spi-password-hashing--argon2--hash-length=32"));
        return command;
    }

    private Map<String, String> env() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("JAVA_HOME", Path.of(ServerProcess.javaCommand()).getParent().getParent().toString());
        // REFERENCE.md: on Java 25 without this a thread-local reset error appears under load
        env.put("JAVA_OPTS_APPEND", "--add-opens java.base/java.lang=ALL-UNNAMED");
        env.put("JAVA_OPTS_KC_HEAP", heapOptions);
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        return env;
    }

    private void writeRealm(Path dir, int users, Passwords passwords) throws IOException {
        Files.createDirectories(dir);
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        JsonMapper json = JsonMapper.builder().build();
        Map<String, Object> realm = new LinkedHashMap<>();
        realm.put("realm", REALM);
        realm.put("enabled", true);
        realm.put("sslRequired", "none");
        realm.put("bruteForceProtected", false);
        realm.put("passwordPolicy", "hashAlgorithm(argon2)");
        realm.put("loginWithEmailAllowed", true);
        realm.put("accessTokenLifespan", 3600);
        realm.put("ssoSessionIdleTimeout", 3600);
        realm.put("ssoSessionMaxLifespan", 36000);
        realm.put("clients", List.of(
                map("clientId", DangnhapTarget.WEB_CLIENT, "enabled", true, "protocol", "openid-connect",
                        "publicClient", false, "clientAuthenticatorType", "client-secret", "secret", webSecret,
                        "redirectUris", List.of(DangnhapTarget.REDIRECT_URI), "standardFlowEnabled", true,
                        "directAccessGrantsEnabled", false, "consentRequired", false,
                        "attributes", Map.of("pkce.code.challenge.method", "S256")),
                map("clientId", DangnhapTarget.SERVICE_CLIENT, "enabled", true, "protocol", "openid-connect",
                        "publicClient", false, "clientAuthenticatorType", "client-secret", "secret", serviceSecret,
                        "standardFlowEnabled", false, "directAccessGrantsEnabled", false,
                        "serviceAccountsEnabled", true)));
        json.writeValue(dir.resolve(REALM + "-realm.json").toFile(), realm);
        int perFile = 10_000;
        for (int file = 0; file * perFile < users; file++) {
            try (Writer out = Files.newBufferedWriter(dir.resolve(REALM + "-users-" + file + ".json"))) {
                out.write("{\"realm\":\"" + REALM + "\",\"users\":[");
                if (file == 0) {
                    // the client-credentials client's service account, as a Keycloak export carries it
                    out.write(json.writeValueAsString(Map.of("username", "service-account-" + DangnhapTarget.SERVICE_CLIENT,
                            "enabled", true, "serviceAccountClientId", DangnhapTarget.SERVICE_CLIENT)) + ",");
                }
                int first = file * perFile + 1;
                int last = Math.min(users, first + perFile - 1);
                for (int i = first; i <= last; i++) {
                    String email = String.format(DangnhapTarget.USER_PATTERN, i);
                    Map<String, Object> user = new LinkedHashMap<>();
                    user.put("username", email);
                    user.put("email", email);
                    user.put("emailVerified", true);
                    user.put("enabled", true);
                    user.put("firstName", "Người Dùng");
                    user.put("lastName", String.format("%06d", i));
                    user.put("credentials", List.of(Map.of("type", "password",
                            "secretData", passwords.keycloakSecretData(),
                            "credentialData", passwords.keycloakCredentialData())));
                    out.write((i == first ? "" : ",") + json.writeValueAsString(user));
                }
                out.write("]}");
            }
        }
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static String secret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

}
