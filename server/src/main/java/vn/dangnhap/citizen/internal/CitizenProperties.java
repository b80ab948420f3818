package vn.dangnhap.citizen.internal;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dangnhap.citizen.registry.*} and {@code dangnhap.citizen.verification.*} (docs/citizens.md); the
 * cut-off date is {@link vn.dangnhap.citizen.CitizenSettings}.
 *
 * @param registry        the National Population Database connector
 * @param verification    limits on verification attempts
 */
@ConfigurationProperties("dangnhap.citizen")
public record CitizenProperties(
        @DefaultValue Registry registry,
        @DefaultValue Verification verification) {

    /**
     * @param url              the registry's verification endpoint (POST), e.g. {@code https://…/registry/api/v1/verify}.
     *                         Unset: no registry configured, every verification answers "try again later"
     * @param username         HTTP Basic user name
     * @param password         HTTP Basic password (set it from the environment: DANGNHAP_CITIZEN_REGISTRY_PASSWORD)
     * @param connectTimeout   time to open the connection
     * @param readTimeout      time to wait for the answer; the login path must not hang on a slow registry
     * @param failureThreshold consecutive failures (down, slow, refused) that open the circuit breaker
     * @param openFor          how long the open breaker answers "try again later" without calling the registry
     */
    public record Registry(
            URI url,
            @DefaultValue("") String username,
            @DefaultValue("") String password,
            @DefaultValue("2s") Duration connectTimeout,
            @DefaultValue("5s") Duration readTimeout,
            @DefaultValue("5") int failureThreshold,
            @DefaultValue("60s") Duration openFor) {

        public Registry {
            if (failureThreshold < 1) {
                throw new IllegalArgumentException("dangnhap.citizen.registry.failure-threshold must be at least 1");
            }
        }
    }

    /** @param attemptsPerDay registry answers (match or not) one account may ask for within 24 hours */
    public record Verification(@DefaultValue("5") int attemptsPerDay) {

        public Verification {
            if (attemptsPerDay < 1) {
                throw new IllegalArgumentException("dangnhap.citizen.verification.attempts-per-day must be at least 1");
            }
        }
    }
}
