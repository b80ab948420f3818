package vn.dangnhap.citizen.internal;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import org.hibernate.validator.constraints.Range;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import vn.dangnhap.shared.AdministratorSettings;

/**
 * {@code dangnhap.citizen.registry.*} and {@code dangnhap.citizen.verification.*} (docs/citizens.md); the
 * cut-off date is {@link vn.dangnhap.citizen.CitizenSettings}.
 *
 * @param registry        the National Population Database connector
 * @param verification    limits on verification attempts
 */
@ConfigurationProperties("dangnhap.citizen")
@AdministratorSettings(group = "populationRegistry", order = 70, secrets = "registry.password")
@Validated
public record CitizenProperties(
        @DefaultValue Registry registry,
        @DefaultValue Verification verification) {

    /**
     * @param url              the registry's verification endpoint (POST), e.g. {@code https://…/registry/api/v1/verify}.
     *                         Unset: no registry configured, every verification answers "try again later"
     * @param username         HTTP Basic user name (unset: no HTTP Basic)
     * @param password         HTTP Basic password (set it from the environment: DANGNHAP_CITIZEN_REGISTRY_PASSWORD)
     * @param connectTimeout   time to open the connection
     * @param readTimeout      time to wait for the answer; the login path must not hang on a slow registry
     * @param failureThreshold consecutive failures (down, slow, refused) that open the circuit breaker
     * @param openFor          how long the open breaker answers "try again later" without calling the registry
     */
    public record Registry(
            URI url,
            String username,
            @DefaultValue("") String password,
            @DefaultValue("2s") Duration connectTimeout,
            @DefaultValue("5s") Duration readTimeout,
            @DefaultValue("5") @Range(min = 1, max = 1000) int failureThreshold,
            @DefaultValue("60s") Duration openFor) {

        public Registry {
            String scheme = url == null || url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (url != null && !url.toString().isEmpty() && (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null)) {
                throw new IllegalArgumentException("dangnhap.citizen.registry.url: expected a full http:// or https:// URL");
            }
            positive("connect-timeout", connectTimeout);
            positive("read-timeout", readTimeout);
            positive("open-for", openFor);
        }

        private static void positive(String property, Duration duration) {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("dangnhap.citizen.registry." + property
                        + ": expected a duration longer than zero");
            }
        }
    }

    /** @param attemptsPerDay registry answers (match or not) one account may ask for within 24 hours */
    public record Verification(@DefaultValue("5") @Range(min = 1, max = 1000) int attemptsPerDay) {}
}
