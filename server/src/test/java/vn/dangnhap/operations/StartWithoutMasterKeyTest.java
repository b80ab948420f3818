package vn.dangnhap.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.dangnhap.DangnhapApplication;
import vn.dangnhap.shared.MasterKeyException;

/**
 * Outside the demo profile the server needs a master key: without one (or with a malformed one) the
 * start stops with Spring Boot's failure report giving the one-line reason, and no stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartWithoutMasterKeyTest {

    @Test
    void aStartWithoutMasterKeyStopsWithTheOneLineReasonAndNoStackTrace(@TempDir Path dir, CapturedOutput output) {
        assertThatThrownBy(() -> start(dir, "")).hasRootCauseInstanceOf(MasterKeyException.class);

        assertThat(output).contains("APPLICATION FAILED TO START",
                        "No master key: set DANGNHAP_MASTER_KEY to 32 random bytes in base64 (e.g. `openssl rand -base64 32`).",
                        "Set DANGNHAP_MASTER_KEY in the server's environment")
                .doesNotContain("\tat ", "MasterKeyException");
    }

    @Test
    void aMalformedMasterKeyIsNamedTheSameWay(@TempDir Path dir, CapturedOutput output) {
        assertThatThrownBy(() -> start(dir, "c2hvcnQ=")).hasRootCauseInstanceOf(MasterKeyException.class);

        assertThat(output).contains("APPLICATION FAILED TO START", "DANGNHAP_MASTER_KEY must decode to exactly 32 bytes, got 5")
                .doesNotContain("\tat ");
    }

    private static void start(Path dir, String masterKey) {
        // The test class path's application.properties sets a test key: the argument replaces it.
        SpringApplication.run(DangnhapApplication.class, "--server.port=0", "--dangnhap.master-key=" + masterKey,
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("dangnhap").toAbsolutePath()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH").close();
    }
}
