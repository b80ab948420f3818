package vn.dangnhap.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged {@code dangnhap.jar} (run by failsafe after {@code package}, i.e. in {@code ./mvnw
 * verify}) holds the platform and its runtime libraries only: nothing of the sandbox — the national
 * stand-ins, the demo applications — and none of the client libraries the demo applications sign in
 * with, in its own classes or in any library inside it.
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
}
