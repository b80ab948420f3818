package vn.dangnhap.config.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import vn.dangnhap.citizen.CitizenSettings;
import vn.dangnhap.citizen.internal.CitizenProperties;
import vn.dangnhap.credential.PasswordLifecycleSettings;
import vn.dangnhap.credential.PasswordPolicySettings;
import vn.dangnhap.credential.internal.Argon2Settings;
import vn.dangnhap.credential.internal.LoginThrottleProperties;
import vn.dangnhap.directory.internal.DirectoryProperties;
import vn.dangnhap.web.internal.BrandingProperties;

/**
 * The defaults the export writes for a setting no property source sets are the code's defaults
 * (the {@code @DefaultValue}s of the properties records), under the file keys the records' marks
 * give, in the canonical form the file reader produces, so that an export read back at start
 * exports the same text.
 */
class RunningSettingsTest {

    @Test
    void theExportedDefaultsAreTheCodesDefaults() {
        StandardEnvironment empty = new StandardEnvironment();
        empty.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        empty.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        Binder binder = Binder.get(empty);
        Map<String, Object> export = new RunningSettings(SettingsCatalogue.load(getClass().getClassLoader()), empty).export();

        DirectoryProperties directory = binder.bindOrCreate("dangnhap.directory", DirectoryProperties.class);
        assertThat(export.get("loginDomains")).isEqualTo(directory.loginDomains());
        BrandingProperties branding = binder.bindOrCreate("dangnhap.branding", BrandingProperties.class);
        assertThat(export.get("branding")).isEqualTo(Map.of("provinceName", branding.provinceName(),
                "systemName", branding.systemName(), "logoUrl", branding.logoUrl(), "helpdesk", branding.helpdesk()));
        PasswordPolicySettings policy = binder.bindOrCreate("dangnhap.password.policy", PasswordPolicySettings.class);
        assertThat(export.get("passwordPolicy")).isEqualTo(Map.of("minLengthWithoutMfa", policy.minLengthWithoutMfa(),
                "minLengthWithMfa", policy.minLengthWithMfa(), "maxLength", policy.maxLength(), "history", policy.history()));
        Argon2Settings argon2 = binder.bindOrCreate("dangnhap.password.argon2", Argon2Settings.class);
        assertThat(export.get("passwordHashing")).isEqualTo(Map.of("memoryKib", argon2.memoryKib(), "iterations", argon2.iterations(),
                "parallelism", argon2.parallelism(), "saltLength", argon2.saltLength(), "hashLength", argon2.hashLength()));
        PasswordLifecycleSettings lifecycle = binder.bindOrCreate("dangnhap.password.lifecycle", PasswordLifecycleSettings.class);
        assertThat(export.get("passwordLifecycle")).isEqualTo(Map.of("maxAge", lifecycle.maxAge().toString(),
                "warnBefore", lifecycle.warnBefore().toString(), "defaultPasswordWorkingDays", lifecycle.defaultPasswordWorkingDays()));
        LoginThrottleProperties throttle = binder.bindOrCreate("dangnhap.login.throttle", LoginThrottleProperties.class);
        assertThat(export.get("lockout")).isEqualTo(Map.of("maxFailures", throttle.maxFailures(),
                "delays", throttle.delays().stream().map(Setting::print).toList(),
                "clientMaxFailures", throttle.clientMaxFailures(), "clientWindow", Setting.print(throttle.clientWindow()),
                "forgetAfter", Setting.print(throttle.forgetAfter()),
                "deviceLifetime", Setting.print(throttle.deviceLifetime()), "maxDevices", throttle.maxDevices()));
        CitizenProperties citizen = binder.bindOrCreate("dangnhap.citizen", CitizenProperties.class);
        assertThat(export.get("populationRegistry")).as("url, user name and password are not set by default").isEqualTo(Map.of(
                "connectTimeout", Setting.print(citizen.registry().connectTimeout()),
                "readTimeout", Setting.print(citizen.registry().readTimeout()),
                "failureThreshold", citizen.registry().failureThreshold(),
                "openFor", Setting.print(citizen.registry().openFor()),
                "attemptsPerDay", citizen.verification().attemptsPerDay()));
        CitizenSettings cutoff = binder.bindOrCreate("dangnhap.citizen", CitizenSettings.class);
        assertThat(export.get("citizenPasswordCutoff")).isEqualTo(cutoff.passwordCutoff());
        assertThat(export.keySet()).as("every group of settings, in their order").containsExactly("loginDomains", "branding",
                "passwordPolicy", "passwordHashing", "passwordLifecycle", "lockout", "populationRegistry", "citizenPasswordCutoff");
    }

    @Test
    void durationsArePrintedInTheLargestExactUnit() {
        assertThat(Setting.print(Duration.ofHours(24))).isEqualTo("1d");
        assertThat(Setting.print(Duration.ofSeconds(90))).isEqualTo("90s");
        assertThat(Setting.print(Duration.ofMinutes(120))).isEqualTo("2h");
        assertThat(Setting.print(Duration.ofMillis(1500))).isEqualTo("1500ms");
    }
}
