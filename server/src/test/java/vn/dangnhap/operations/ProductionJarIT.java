package vn.dangnhap.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code dangnhap.jar} (run by failsafe after {@code package}, i.e. in {@code ./mvnw
 * verify}) holds the platform and its runtime libraries only: nothing of the sandbox — the national
 * stand-ins, the demo applications — and none of the client libraries the demo applications sign in
 * with, in its own classes or in any library inside it. Run as an operator runs it, it checks a
 * configuration file offline, and without a master key it refuses to start in one line.
 */
class ProductionJarIT {

    private static final Path JAR = Path.of("target", "dangnhap.jar");
    /** The sandbox's resources: its own configuration and the demo applications'. */
    private static final List<String> SANDBOX_RESOURCES = List.of("sandbox.properties", "demo-eoffice.properties",
            "demo-onestop.properties");

    private static final List<String> ENTRIES = new ArrayList<>();
    private static final List<String> LIBRARIES = new ArrayList<>();

    @BeforeAll
    static void readTheJar() throws IOException {
        assertThat(JAR).as("the production jar (./mvnw -pl server package)").isRegularFile();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            for (JarEntry entry : jar.stream().toList()) {
                ENTRIES.add(entry.getName());
                if (entry.getName().startsWith("BOOT-INF/lib/") && entry.getName().endsWith(".jar")) {
                    String library = entry.getName().substring("BOOT-INF/lib/".length());
                    LIBRARIES.add(library);
                    try (InputStream in = jar.getInputStream(entry); JarInputStream nested = new JarInputStream(in)) {
                        for (JarEntry inner = nested.getNextJarEntry(); inner != null; inner = nested.getNextJarEntry()) {
                            ENTRIES.add(library + "!/" + inner.getName());
                        }
                    }
                }
            }
        }
    }

    @Test
    void holdsThePlatform() {
        assertThat(ENTRIES).contains("BOOT-INF/classes/vn/dangnhap/DangnhapApplication.class",
                "BOOT-INF/classes/application.yml");
        assertThat(LIBRARIES).anyMatch(l -> l.startsWith("spring-security-oauth2-authorization-server-"));
    }

    @Test
    void holdsNoSandboxClassNorResource() {
        assertThat(ENTRIES).noneMatch(e -> e.contains("vn/sandbox/"));
        assertThat(ENTRIES).noneMatch(e -> SANDBOX_RESOURCES.stream()
                .anyMatch(r -> e.endsWith("BOOT-INF/classes/" + r) || e.endsWith("!/" + r)));
        assertThat(LIBRARIES).noneMatch(l -> l.startsWith("dangnhap-sandbox"));
    }

    @Test
    void holdsNoClientLibraryOfTheDemoApplications() {
        // The e-office signs in with Spring Security's OAuth2 client, the one-stop with the Apereo CAS client.
        assertThat(LIBRARIES).noneMatch(l -> l.startsWith("spring-security-oauth2-client-"))
                .noneMatch(l -> l.startsWith("cas-client-"));
        assertThat(ENTRIES).noneMatch(e -> e.contains("org/apereo/cas/client/"));
    }

    @Test
    void validatesAConfigurationFileWithoutDatabaseOrMasterKey(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, """
                units:
                  - {code: TINH, name: Tỉnh Mẫu, kind: VILLAGE}
                settings:
                  lockout: {maxFailures: many}
                """);
        Path good = dir.resolve("good.yaml");
        Files.writeString(good, """
                units:
                  - {code: TINH, name: Tỉnh Mẫu, kind: PROVINCE}
                settings:
                  lockout: {maxFailures: 4}
                """);

        long started = System.nanoTime();
        Run invalid = run(dir, "config", "validate", bad.toString());
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.println("config validate on the packaged jar: " + took.toMillis() + " ms");

        assertThat(invalid.exitCode()).as(invalid.output()).isEqualTo(1);
        assertThat(invalid.output()).contains("bad.yaml:2: units[0].kind: expected one of",
                "bad.yaml:4: settings.lockout.maxFailures: expected a whole number, found \"many\"");
        Run valid = run(dir, "config", "validate", good.toString());
        assertThat(valid.exitCode()).as(valid.output()).isZero();
        assertThat(valid.output()).startsWith("good.yaml: valid");
        assertThat(dir.resolve("data")).as("no database was opened").doesNotExist();
    }

    @Test
    void aStartWithoutMasterKeySaysWhyInOneLineWithoutStackTrace(@TempDir Path dir) throws Exception {
        Run start = run(dir, "--server.port=0");

        assertThat(start.exitCode()).isNotZero();
        assertThat(start.output()).contains("APPLICATION FAILED TO START",
                "No master key: set DANGNHAP_MASTER_KEY to 32 random bytes in base64").doesNotContain("\tat ");
    }

    record Run(int exitCode, String output) {}

    /** {@code java -jar dangnhap.jar args} in {@code dir}, as an operator would, with no Dangnhap variable set. */
    private static Run run(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-jar",
                JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("DANGNHAP_") || name.startsWith("SPRING_"));
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
