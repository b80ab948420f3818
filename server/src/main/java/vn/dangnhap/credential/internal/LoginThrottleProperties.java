package vn.dangnhap.credential.internal;

import jakarta.validation.constraints.NotEmpty;
import java.time.Duration;
import java.util.List;
import org.hibernate.validator.constraints.Range;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import vn.dangnhap.shared.AdministratorSettings;

/**
 * {@code dangnhap.login.throttle.*}: brute-force protection (docs/passwords.md).
 *
 * @param maxFailures       consecutive failures for one login name (or one known device) that lock it
 * @param delays            how long the first, second, … lock lasts; the last one repeats (the cap)
 * @param clientMaxFailures failures one client address may have within {@code clientWindow}; one more locks it
 * @param clientWindow      the window over which a client address's failures are counted
 * @param forgetAfter       a counter with no failure for this long starts again from zero (also its lock level)
 * @param deviceLifetime    how long a device cookie lives and a device stays known without a login
 * @param maxDevices        known devices kept per account (the least recently used go first)
 */
@ConfigurationProperties("dangnhap.login.throttle")
@AdministratorSettings(group = "lockout", order = 60)
@Validated
public record LoginThrottleProperties(
        @DefaultValue("5") @Range(min = 1, max = 1000) int maxFailures,
        @DefaultValue({"1m", "5m", "15m", "1h", "4h"})
        @NotEmpty(message = "expected a list of durations such as [1m, 5m, 15m, 1h, 4h]") List<Duration> delays,
        @DefaultValue("30") @Range(min = 1, max = 100_000) int clientMaxFailures,
        @DefaultValue("10m") Duration clientWindow,
        @DefaultValue("24h") Duration forgetAfter,
        @DefaultValue("365d") Duration deviceLifetime,
        @DefaultValue("20") @Range(min = 1, max = 1000) int maxDevices) {

    public LoginThrottleProperties {
        delays = List.copyOf(delays);
        delays.forEach(delay -> positive("delays", delay));
        positive("client-window", clientWindow);
        positive("forget-after", forgetAfter);
        positive("device-lifetime", deviceLifetime);
    }

    private static void positive(String property, Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("dangnhap.login.throttle." + property
                    + ": expected a duration longer than zero");
        }
    }

    /** The rule for one login name or one known device: consecutive failures, forgotten after a quiet day. */
    public FailureCounter.Rule accountRule() {
        return new FailureCounter.Rule(maxFailures, null, forgetAfter, delays);
    }

    /** The rule for one client address: more than {@code clientMaxFailures} within {@code clientWindow}. */
    public FailureCounter.Rule clientRule() {
        return new FailureCounter.Rule(clientMaxFailures + 1, clientWindow, forgetAfter, delays);
    }
}
