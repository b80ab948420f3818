package vn.dangnhap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.dangnhap.DangnhapApplication;

/**
 * {@code java -jar dangnhap.jar config …} run through the main class's entry against an H2 file
 * database, and {@code --dangnhap.config} at start: output, exit codes, nothing changed on error.
 */
@ExtendWith(OutputCaptureExtension.class)
class ConfigCommandLineTest {

    @Test
    void wrongUsageExitsWithTwo() {
        assertThat(ConfigFiles.cli().exitCode()).isEqualTo(ConfigCommandLine.USAGE);
        ConfigFiles.Run unknown = ConfigFiles.cli("frobnicate");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown command frobnicate", "Usage: java -jar dangnhap.jar config");
        assertThat(ConfigFiles.cli("plan").exitCode()).isEqualTo(2);
        assertThat(ConfigFiles.cli("validate", "/no/such/file.yaml").exitCode()).isEqualTo(2);
    }

    @Test
    void validatesPlansAppliesAndExports(@TempDir Path dir) throws Exception {
        String db = "--spring.datasource.url=" + ConfigFiles.h2File(dir);
        String secret = "--CFG_TEST_MAIL_SECRET=" + ConfigFiles.MAIL_SECRET;
        String idpSecrets = "--CFG_TEST_VNEID_SECRET=" + ConfigFiles.VNEID_SECRET;
        String oldPortalSecret = "--CFG_TEST_OLD_PORTAL_SECRET=" + ConfigFiles.OLD_PORTAL_SECRET;
        String registry = "--CFG_TEST_REGISTRY_PASSWORD=" + ConfigFiles.REGISTRY_PASSWORD;
        Path rich = dir.resolve("dangnhap.yaml");
        Files.writeString(rich, ConfigFiles.rich());
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, ConfigFiles.rich().replace("kind: DISTRICT", "kind: VILLAGE"));

        ConfigFiles.Run invalid = ConfigFiles.cli("validate", bad.toString(), db, secret, idpSecrets, oldPortalSecret, registry);
        assertThat(invalid.exitCode()).isEqualTo(ConfigCommandLine.INVALID);
        assertThat(invalid.err()).contains("bad.yaml:20: units[3].kind: expected one of [PROVINCE, DEPARTMENT, DISTRICT, OFFICE, COMMUNE], "
                + "found \"VILLAGE\"").doesNotContain("Exception");

        ConfigFiles.Run missingSecret = ConfigFiles.cli("validate", rich.toString(), db, idpSecrets, oldPortalSecret, registry);
        assertThat(missingSecret.exitCode()).isEqualTo(1);
        assertThat(missingSecret.err()).contains("dangnhap.yaml:71: oidcClients[0].secret: the environment variable CFG_TEST_MAIL_SECRET is not set");

        ConfigFiles.Run valid = ConfigFiles.cli("validate", rich.toString(), db, secret, idpSecrets, oldPortalSecret, registry);
        assertThat(valid.exitCode()).as(valid.err()).isZero();
        assertThat(valid.out()).contains("dangnhap.yaml: valid");

        ConfigFiles.Run plan = ConfigFiles.cli("plan", rich.toString(), db, secret, idpSecrets, oldPortalSecret, registry);
        assertThat(plan.exitCode()).isZero();
        assertThat(plan.out()).contains("+ create unit TINH", "+ create application luu-tru", "+ create casService motcua",
                "+ create releaseRule motcua", "~ setting branding.provinceName: TỈNH DEMO -> UBND TỈNH MẪU (restart required",
                "setting(s) take effect only when the server starts with this file.");
        ConfigFiles.Run empty = ConfigFiles.cli("export", db);
        assertThat(empty.out()).as("the plan changed nothing; stdout is the file alone, no log line")
                .startsWith("# Dangnhap configuration").contains("units: []", "applications: []").doesNotContain(" WARN ", " INFO ");

        assertThat(ConfigFiles.cli("apply", rich.toString(), db, secret, idpSecrets, oldPortalSecret, registry).exitCode()).isZero();
        Path out = dir.resolve("export.yaml");
        ConfigFiles.Run export = ConfigFiles.cli("export", "--out", out.toString(), db);
        assertThat(export.exitCode()).isZero();
        assertThat(Files.readString(out)).startsWith("# Dangnhap configuration").contains("version: 1", "code: XA_B",
                "secret: ${DANGNHAP_CLIENT_MAIL_SECRET}");
        ConfigFiles.Run again = ConfigFiles.cli("plan", rich.toString(), db, secret, idpSecrets, oldPortalSecret, registry);
        assertThat(again.out()).contains("No changes.");
    }

    @Test
    void validatesWithoutMasterKeyOrDatabaseAndReportsFileLineProblems(@TempDir Path dir) throws Exception {
        // No master key (the one of the test class path blanked) and a database nobody listens to: validate needs neither.
        String[] offline = {"--dangnhap.master-key=", "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none",
                "--CFG_TEST_MAIL_SECRET=" + ConfigFiles.MAIL_SECRET, "--CFG_TEST_VNEID_SECRET=" + ConfigFiles.VNEID_SECRET,
                "--CFG_TEST_OLD_PORTAL_SECRET=" + ConfigFiles.OLD_PORTAL_SECRET, "--CFG_TEST_REGISTRY_PASSWORD=" + ConfigFiles.REGISTRY_PASSWORD};
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, ConfigFiles.rich().replace("kind: DISTRICT", "kind: VILLAGE")
                .replace("launchUrl: https://motcua.tinh.gov.vn/", "launchUrl: javascript:alert(1)")
                .replace("parentCode: HUYEN_A", "parentCode: HUYEN_Z")
                .replace("maxFailures: 4", "maxFailures: many")
                .replace("minLengthWithoutMfa: 15", "minLengthWithoutMfa: 300"));
        Path good = dir.resolve("dangnhap.yaml");
        Files.writeString(good, ConfigFiles.rich());

        ConfigFiles.Run invalid = ConfigFiles.cli(with(offline, "validate", bad.toString()));

        assertThat(invalid.exitCode()).isEqualTo(ConfigCommandLine.INVALID);
        assertThat(invalid.err()).contains(
                        "bad.yaml:20: units[3].kind: expected one of [PROVINCE, DEPARTMENT, DISTRICT, OFFICE, COMMUNE], found \"VILLAGE\"",
                        "bad.yaml:47: applications[2].launchUrl: The address must be a full http:// or https:// URL.",
                        "bad.yaml:137: settings.passwordPolicy.minLengthWithoutMfa: expected a whole number from 1 to 256, found 300",
                        "bad.yaml:144: settings.lockout.maxFailures: expected a whole number, found \"many\"",
                        "4 problem(s).")
                .as("a unit that does not exist is for plan to find: it needs the database").doesNotContain("HUYEN_Z", "Exception");
        assertThat(invalid.out()).isEmpty();

        ConfigFiles.Run valid = ConfigFiles.cli(with(offline, "validate", good.toString()));
        assertThat(valid.exitCode()).as(valid.err()).isZero();
        assertThat(valid.out()).startsWith("dangnhap.yaml: valid, as far as it can be known without the database");
    }

    private static String[] with(String[] options, String... words) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(words), java.util.Arrays.stream(options)).toArray(String[]::new);
    }

    @Test
    void aBadFileGivenAtStartStopsTheStartWithItsProblemsAndNoStackTrace(@TempDir Path dir, CapturedOutput output)
            throws Exception {
        Path bad = dir.resolve("start.yaml");
        Files.writeString(bad, """
                applications:
                  - code: mail
                    name: Thư điện tử
                    launchUrl: https://mail.tinh.gov.vn/
                    colour: red
                """);
        assertThatThrownBy(() -> SpringApplication.run(DangnhapApplication.class, "--server.port=0",
                "--spring.datasource.url=" + ConfigFiles.h2File(dir), "--dangnhap.config=" + bad))
                .hasStackTraceContaining("problem(s) in the configuration file");
        assertThat(output).contains("APPLICATION FAILED TO START", "start.yaml:5: applications[0].colour: unknown key");
    }

    @Test
    void aGoodFileGivenAtStartIsApplied(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("start.yaml");
        Files.writeString(good, """
                units:
                  - {code: TINH, name: Tỉnh Mẫu, kind: PROVINCE}
                applications:
                  - {code: mail, name: Thư điện tử, launchUrl: "https://mail.tinh.gov.vn/", accessRules: ["unit:TINH"]}
                """);
        try (var context = SpringApplication.run(DangnhapApplication.class, "--server.port=0",
                "--spring.datasource.url=" + ConfigFiles.h2File(dir), "--dangnhap.config=" + good)) {
            assertThat(context.getBean(ConfigurationAsCode.class).export()).contains("code: mail", "- unit:TINH");
        }
    }
}
