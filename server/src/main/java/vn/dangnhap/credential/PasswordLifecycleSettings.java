package vn.dangnhap.credential;

import java.time.Duration;
import java.time.Period;
import org.hibernate.validator.constraints.Range;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import vn.dangnhap.shared.AdministratorSettings;

/**
 * {@code dangnhap.password.lifecycle.*}: the time-based password rules (city mail-system
 * regulation; national information-security level rules). Read by the scheduled lifecycle job
 * and by the login-time expiry warning.
 *
 * @param maxAge                     a password older than this locks the account ({@code PASSWORD_EXPIRED})
 * @param warnBefore                 warnings (login page, e-mail) start this long before the password expires
 * @param defaultPasswordWorkingDays a default password not changed by the end of this many working days
 *                                   after the day it was issued locks the account
 * @param cron                       when the lifecycle job runs (Spring cron; {@code -} switches it off)
 * @param lease                      how long one node holds the job's database lock while it runs
 */
@ConfigurationProperties("dangnhap.password.lifecycle")
@AdministratorSettings(group = "passwordLifecycle", order = 50, except = {"cron", "lease"})
@Validated
public record PasswordLifecycleSettings(
        @DefaultValue("P6M") Period maxAge,
        @DefaultValue("P14D") Period warnBefore,
        @DefaultValue("3") @Range(min = 1, max = 60) int defaultPasswordWorkingDays,
        @DefaultValue(PasswordLifecycleSettings.HOURLY) String cron,
        @DefaultValue("PT15M") Duration lease) {

    /** Spring cron: second 0, minute 0 of every hour. */
    public static final String HOURLY = "0 0 * * * *";

    public PasswordLifecycleSettings {
        positive("dangnhap.password.lifecycle.max-age", maxAge);
        positive("dangnhap.password.lifecycle.warn-before", warnBefore);
    }

    private static void positive(String property, Period period) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException(property + ": expected a period longer than zero");
        }
    }
}
