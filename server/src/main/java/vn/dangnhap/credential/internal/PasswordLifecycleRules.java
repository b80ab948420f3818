package vn.dangnhap.credential.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import vn.dangnhap.calendar.WorkingDayCalendar;
import vn.dangnhap.credential.PasswordLifecycleSettings;
import vn.dangnhap.credential.internal.LifecycleStore.Candidate;
import vn.dangnhap.directory.LockReason;
import vn.dangnhap.shared.BusinessTime;

/**
 * The time-based password rules, decided for one password at one instant (days in
 * Asia/Ho_Chi_Minh):
 *
 * <ul>
 *   <li>A default password issued on day D must be changed by the end of the
 *       {@code defaultPasswordWorkingDays}-th working day after D (D itself not counted:
 *       {@link WorkingDayCalendar#addWorkingDays}); from the next midnight the account locks.
 *       Issued Friday 13 February 2026, before Tết: the third working day is Wednesday
 *       25 February, the lock comes on Thursday 26 February.</li>
 *   <li>Another password expires {@code maxAge} after it was set (to the minute); from then
 *       the account locks.</li>
 *   <li>From {@code warnBefore} before that, one warning per threshold: at {@code warnBefore}
 *       (14 days) and at 7, 3 and 1 days left.</li>
 *   <li>An admin's unlock or re-enable gives a grace period measured like a default password's
 *       (3 working days after the unlock) before either rule locks the account again.</li>
 * </ul>
 */
@Component
public class PasswordLifecycleRules {

    /** What the job does with one password. */
    public sealed interface Verdict {}

    public record Lock(LockReason reason) implements Verdict {}

    /** Send the warning for {@code thresholdDays} unless already sent. */
    public record Warn(int thresholdDays, long daysLeft, LocalDate expiresOn) implements Verdict {}

    public record Nothing() implements Verdict {}

    private static final int[] LATER_THRESHOLDS = {7, 3, 1};

    private final PasswordLifecycleSettings settings;
    private final WorkingDayCalendar calendar;

    public PasswordLifecycleRules(PasswordLifecycleSettings settings, WorkingDayCalendar calendar) {
        this.settings = settings;
        this.calendar = calendar;
    }

    public Verdict decide(Candidate password, Instant now) {
        LocalDate today = day(now);
        boolean graced = password.graceFrom() != null && password.graceFrom().isAfter(password.changedAt());
        if (graced && !today.isAfter(lastDayToChange(password.graceFrom()))) {
            return new Nothing();
        }
        if (password.mustChange()) {
            return today.isAfter(lastDayToChange(password.changedAt()))
                    ? new Lock(LockReason.DEFAULT_PASSWORD_NOT_CHANGED) : new Nothing();
        }
        Instant expiresAt = expiresAt(password.changedAt());
        if (!now.isBefore(expiresAt)) {
            return new Lock(LockReason.PASSWORD_EXPIRED);
        }
        LocalDate expiresOn = day(expiresAt);
        long daysLeft = ChronoUnit.DAYS.between(today, expiresOn);
        int firstThreshold = (int) ChronoUnit.DAYS.between(today, today.plus(settings.warnBefore()));
        if (daysLeft > firstThreshold) {
            return new Nothing();
        }
        return new Warn(threshold(daysLeft, firstThreshold), daysLeft, expiresOn);
    }

    /** The last day a default password issued at {@code issuedAt} may still be changed. */
    public LocalDate lastDayToChange(Instant issuedAt) {
        return calendar.addWorkingDays(day(issuedAt), settings.defaultPasswordWorkingDays());
    }

    public Instant expiresAt(Instant changedAt) {
        return changedAt.atZone(BusinessTime.ZONE).plus(settings.maxAge()).toInstant();
    }

    /**
     * Passwords set at or before this instant may be old enough to warn about or lock; the rules
     * decide. Counted from the end of the last warning day, plus a day for month arithmetic
     * (31 August minus a month is 31 July, plus a month is 30 September).
     */
    public Instant warnableIfChangedBy(Instant now) {
        return day(now).plus(settings.warnBefore()).plusDays(2).atStartOfDay(BusinessTime.ZONE)
                .minus(settings.maxAge()).toInstant();
    }

    /** The smallest threshold that {@code daysLeft} has reached: 10 days left is the 14-day warning, 5 the 7-day one. */
    private static int threshold(long daysLeft, int firstThreshold) {
        TreeSet<Integer> thresholds = new TreeSet<>();
        thresholds.add(firstThreshold);
        for (int later : LATER_THRESHOLDS) {
            if (later < firstThreshold) {
                thresholds.add(later);
            }
        }
        Integer reached = thresholds.ceiling((int) Math.max(daysLeft, 1));
        return reached == null ? firstThreshold : reached;
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(BusinessTime.ZONE).toLocalDate();
    }
}
