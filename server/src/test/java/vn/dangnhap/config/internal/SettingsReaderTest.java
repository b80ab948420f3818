package vn.dangnhap.config.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import vn.dangnhap.config.ConfigNode;
import vn.dangnhap.config.ConfigProblem;

/**
 * The {@code settings:} section checked by the owning records' own rules, with no Spring context: every
 * broken constraint at once, each at its file line and key; a rule across settings against the values
 * the file leaves out; the records' constructors for what a constraint cannot say.
 */
class SettingsReaderTest {

    private static final SettingsCatalogue CATALOGUE = SettingsCatalogue.load(SettingsReaderTest.class.getClassLoader());

    private static Result read(String yaml, Map<String, Object> current) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("current", current));
        ConfigYaml.Document document = (ConfigYaml.Document) ConfigYaml.parse("s.yaml", yaml);
        ConfigNode root = ConfigNode.root(document.root(), "s.yaml", environment::getProperty, null);
        Map<Setting, SettingsReader.FileValue> values = new SettingsReader(CATALOGUE, environment).read(root.get("settings"));
        return new Result(values, root.problems().stream().map(ConfigProblem::toString).toList());
    }

    record Result(Map<Setting, SettingsReader.FileValue> values, List<String> problems) {}

    @Test
    void reportsEveryBrokenConstraintAtOnceAtItsLine() {
        Result result = read("""
                settings:
                  passwordPolicy: {history: -1, minLengthWithMfa: 0}
                  passwordHashing:
                    iterations: 0
                  branding: {logoUrl: "javascript:alert(1)"}
                """, Map.of());

        assertThat(result.problems()).containsExactlyInAnyOrder(
                "s.yaml:2: settings.passwordPolicy.minLengthWithMfa: expected a whole number from 1 to 256, found 0",
                "s.yaml:2: settings.passwordPolicy.history: expected a whole number from 0 to 100, found -1",
                "s.yaml:4: settings.passwordHashing.iterations: expected a whole number from 1 to 100, found 0",
                "s.yaml:5: settings.branding.logoUrl: must be a path on this server (/img/logo.svg) or a full https:// URL, "
                        + "found \"javascript:alert(1)\"");
        assertThat(result.values()).isEmpty();
    }

    @Test
    void aRuleAcrossSettingsIsCheckedAgainstTheValuesTheFileLeavesOut() {
        // application.yml (here: a property source) lowers the maximum; the file raises a minimum above it.
        Result result = read("""
                settings:
                  passwordPolicy:
                    minLengthWithoutMfa: 24
                """, Map.of("dangnhap.password.policy.max-length", "20"));

        assertThat(result.problems()).containsExactly(
                "s.yaml:3: settings.passwordPolicy: maxLength: must be at least the minimum lengths (24)");

        Result both = read("""
                settings:
                  passwordPolicy: {minLengthWithoutMfa: 24, maxLength: 30}
                """, Map.of("dangnhap.password.policy.max-length", "20"));
        assertThat(both.problems()).isEmpty();
        assertThat(SettingsReader.properties(both.values())).containsEntry("dangnhap.password.policy.min-length-without-mfa", "24")
                .containsEntry("dangnhap.password.policy.max-length", "30");
    }

    @Test
    void whatAConstraintCannotSayTheRecordsConstructorSays() {
        Result result = read("""
                settings:
                  lockout: {clientWindow: 0s}
                  passwordLifecycle: {maxAge: P0D}
                  populationRegistry: {url: "ftp://registry.tinh.gov.vn/verify"}
                """, Map.of());

        assertThat(result.problems()).containsExactlyInAnyOrder(
                "s.yaml:2: settings.lockout.clientWindow: expected a duration longer than zero",
                "s.yaml:3: settings.passwordLifecycle.maxAge: expected a period longer than zero",
                "s.yaml:4: settings.populationRegistry.url: expected a full http:// or https:// URL");
    }

    @Test
    void valuesAreReadAsTheRecordsTypesAndGivenAsProperties() {
        Result result = read("""
                settings:
                  loginDomains: [tinh.gov.vn, demo.gov.vn]
                  lockout: {delays: [120s, 1h], maxFailures: 4}
                  branding: {helpdesk:}
                """, Map.of());

        assertThat(result.problems()).isEmpty();
        assertThat(result.values().values()).extracting(v -> Setting.canonical(v.value()))
                .containsExactly(List.of("tinh.gov.vn", "demo.gov.vn"), "", 4, List.of("2m", "1h"));
        assertThat(SettingsReader.properties(result.values())).containsExactly(
                Map.entry("dangnhap.directory.login-domains[0]", "tinh.gov.vn"),
                Map.entry("dangnhap.directory.login-domains[1]", "demo.gov.vn"),
                Map.entry("dangnhap.branding.helpdesk", ""),
                Map.entry("dangnhap.login.throttle.max-failures", "4"),
                Map.entry("dangnhap.login.throttle.delays[0]", "120s"),
                Map.entry("dangnhap.login.throttle.delays[1]", "1h"));
    }
}
