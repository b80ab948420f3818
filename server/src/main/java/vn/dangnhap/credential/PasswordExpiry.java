package vn.dangnhap.credential;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.dangnhap.shared.BusinessTime;

/**
 * When a password expires ({@code dangnhap.password.lifecycle.max-age} after it was set) and
 * whether its owner should be warned ({@code warn-before} ahead). Days are calendar days in
 * Asia/Ho_Chi_Minh, counted with the injected clock. Locking the expired account is the
 * lifecycle job's business, not this class's.
 */
@Service
public class PasswordExpiry {

    private final PasswordCredentials passwords;
    private final PasswordLifecycleSettings settings;
    private final Clock clock;

    public PasswordExpiry(PasswordCredentials passwords, PasswordLifecycleSettings settings, Clock clock) {
        this.passwords = passwords;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Days left before the password expires (0: it expires today or has expired), when the owner
     * is to be warned: the warning period has begun and the password is not a default one (a
     * default password is changed at once anyway). Empty otherwise.
     */
    public OptionalLong daysLeftToWarn(UUID accountId) {
        return passwords.status(accountId)
                .filter(status -> !status.mustChange())
                .map(status -> {
                    LocalDate expires = status.changedAt().atZone(BusinessTime.ZONE).toLocalDate().plus(settings.maxAge());
                    LocalDate today = clock.instant().atZone(BusinessTime.ZONE).toLocalDate();
                    if (today.isBefore(expires.minus(settings.warnBefore()))) {
                        return OptionalLong.empty();
                    }
                    return OptionalLong.of(Math.max(0, ChronoUnit.DAYS.between(today, expires)));
                })
                .orElse(OptionalLong.empty());
    }
}
