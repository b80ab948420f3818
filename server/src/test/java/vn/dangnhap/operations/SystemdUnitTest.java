package vn.dangnhap.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/dangnhap.service parses cleanly with {@code systemd-analyze verify}, where that tool exists.
 * verify also checks that ExecStart's binary is executable: when {@code /usr/bin/java} is missing
 * on the build machine, a copy pointing at the running JDK's java is verified instead. The unit's
 * user and paths (EnvironmentFile, ReadWritePaths) need not exist for verify.
 */
class SystemdUnitTest {

    private static final Path SYSTEMD_ANALYZE = Path.of("/usr/bin/systemd-analyze");

    @Test
    void unitFileVerifies(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(SYSTEMD_ANALYZE), "systemd-analyze is not installed");
        Path docs = Path.of("docs/dangnhap.service");
        if (!Files.exists(docs)) {
            docs = Path.of("../docs/dangnhap.service"); // run from the server module
        }
        String unit = Files.readString(docs);
        assertThat(unit).contains("ExecStart=/usr/bin/java -jar /opt/dangnhap/dangnhap.jar",
                "User=dangnhap", "EnvironmentFile=/etc/dangnhap/env", "Restart=on-failure",
                "NoNewPrivileges=true", "ProtectSystem=strict", "PrivateTmp=true", "ReadWritePaths=");
        if (!Files.isExecutable(Path.of("/usr/bin/java"))) {
            unit = unit.replace("/usr/bin/java", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        }
        Path copy = dir.resolve("dangnhap.service");
        Files.writeString(copy, unit);

        Process verify = new ProcessBuilder(SYSTEMD_ANALYZE.toString(), "verify", copy.toString())
                .redirectErrorStream(true).start();
        String output = new String(verify.getInputStream().readAllBytes());
        assertThat(verify.waitFor(60, TimeUnit.SECONDS)).isTrue();

        // verify exits 0 on warnings such as a bad boolean; any output is a problem in the unit.
        assertThat(output).as("systemd-analyze verify output").isBlank();
        assertThat(verify.exitValue()).isZero();
    }
}
