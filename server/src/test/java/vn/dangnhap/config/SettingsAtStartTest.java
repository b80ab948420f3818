package vn.dangnhap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.web.context.support.StandardServletEnvironment;
import vn.dangnhap.DangnhapApplication;
import vn.dangnhap.credential.PasswordPolicySettings;
import vn.dangnhap.credential.internal.LoginThrottleProperties;
import vn.dangnhap.directory.LoginNames;

/**
 * The {@code settings:} of the file given with {@code dangnhap.config} are bound at start: the
 * file wins over application.yml, an environment variable or a system property wins over the
 * file; a bad setting or an inline registry password stops the start with file:line: field.
 */
@ExtendWith(OutputCaptureExtension.class)
class SettingsAtStartTest {

    private static final String SETTINGS = """
            settings:
              loginDomains: [tinh.gov.vn, demo.gov.vn]
              branding:
                provinceName: UBND TỈNH THỬ NGHIỆM
                systemName: Tên trong tệp
              passwordPolicy: {history: 7}
              lockout: {maxFailures: 3}
            units:
              - {code: TINH, name: Tỉnh Thử nghiệm, kind: PROVINCE}
            """;

    @Test
    void theFileWinsOverApplicationYmlAndTheEnvironmentWinsOverTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("dangnhap.yaml");
        Files.writeString(file, SETTINGS);
        // An environment variable and a system property, as the process would have them.
        StandardServletEnvironment environment = new StandardServletEnvironment();
        Map<String, Object> variables = new HashMap<>(System.getenv());
        variables.put("DANGNHAP_LOGIN_THROTTLE_MAX_FAILURES", "7");
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        Map<String, Object> systemProperties = new HashMap<>();
        System.getProperties().forEach((k, v) -> systemProperties.put(String.valueOf(k), v));
        systemProperties.put("dangnhap.branding.system-name", "Tên từ thuộc tính hệ thống");
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME,
                new MapPropertySource(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME, systemProperties));
        SpringApplication application = new SpringApplication(DangnhapApplication.class);
        application.setEnvironment(environment);

        try (var context = application.run("--server.port=0", "--spring.datasource.url=" + ConfigFiles.h2File(dir),
                "--dangnhap.config=" + file)) {
            assertThat(context.getBean(LoginNames.class).defaultDomain()).as("the file wins over application.yml")
                    .isEqualTo("tinh.gov.vn");
            assertThat(context.getBean(PasswordPolicySettings.class).history()).isEqualTo(7);
            assertThat(context.getBean(LoginThrottleProperties.class).maxFailures()).as("the environment wins over the file")
                    .isEqualTo(7);

            String port = context.getEnvironment().getProperty("local.server.port");
            HttpResponse<String> login;
            try (HttpClient client = HttpClient.newHttpClient()) {
                login = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.body()).contains("UBND TỈNH THỬ NGHIỆM", "Tên từ thuộc tính hệ thống").doesNotContain("Tên trong tệp");

            ConfigurationAsCode config = context.getBean(ConfigurationAsCode.class);
            assertThat(config.export()).contains("provinceName: UBND TỈNH THỬ NGHIỆM", "maxFailures: 7", "code: TINH");
            ConfigResult plan = config.plan("dangnhap.yaml", SETTINGS);
            assertThat(plan.changes()).isEmpty();
            assertThat(plan.restartRequired()).containsExactly(
                    "~ setting branding.systemName: Tên từ thuộc tính hệ thống -> Tên trong tệp (not in effect: an environment "
                            + "variable, system property or command-line argument sets dangnhap.branding.system-name and wins over the file)",
                    "~ setting lockout.maxFailures: 7 -> 3 (not in effect: an environment variable, system property or "
                            + "command-line argument sets dangnhap.login.throttle.max-failures and wins over the file)");
        }
    }

    @Test
    void aBadSettingStopsTheStartWithFileLineAndField(@TempDir Path dir, CapturedOutput output) throws Exception {
        Path bad = dir.resolve("start.yaml");
        Files.writeString(bad, """
                settings:
                  lockout:
                    maxFailures: many
                  branding: {colour: red}
                """);
        assertThatThrownBy(() -> SpringApplication.run(DangnhapApplication.class, "--server.port=0",
                "--spring.datasource.url=" + ConfigFiles.h2File(dir), "--dangnhap.config=" + bad))
                .hasStackTraceContaining("problem(s) in the configuration file");
        assertThat(output).contains("APPLICATION FAILED TO START",
                "start.yaml:3: settings.lockout.maxFailures: expected a whole number, found \"many\"",
                "start.yaml:4: settings.branding.colour: unknown key (allowed here: provinceName, systemName, logoUrl, helpdesk)");
    }

    @Test
    void aRegistryPasswordWrittenInTheFileStopsTheStart(@TempDir Path dir, CapturedOutput output) throws Exception {
        Path bad = dir.resolve("start.yaml");
        Files.writeString(bad, """
                settings:
                  populationRegistry:
                    url: https://registry.tinh.gov.vn/verify
                    password: Registry-password-in-the-file
                """);
        assertThatThrownBy(() -> SpringApplication.run(DangnhapApplication.class, "--server.port=0",
                "--spring.datasource.url=" + ConfigFiles.h2File(dir), "--dangnhap.config=" + bad))
                .hasStackTraceContaining("problem(s) in the configuration file");
        assertThat(output).contains("APPLICATION FAILED TO START",
                "start.yaml:4: settings.populationRegistry.password: a secret must be a reference to an environment variable")
                .doesNotContain("Registry-password-in-the-file");
    }
}
