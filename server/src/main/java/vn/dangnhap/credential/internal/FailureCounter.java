package vn.dangnhap.credential.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Failed logins counted for one subject (a login name, a known device, a client address), and
 * the temporary lock they led to. Each lock lasts longer than the one before (up to the last
 * delay); a quiet period ({@link Rule#forgetAfter}) forgets the lock level.
 *
 * @param failures     failures in the current window
 * @param locks        locks so far (the next lock uses delay number {@code locks})
 * @param windowStart  when the current counting window began
 * @param lastFailure  the latest failure (null: none yet)
 * @param lockedUntil  end of the current or last lock (null: never locked)
 */
public record FailureCounter(int failures, int locks, Instant windowStart, Instant lastFailure, Instant lockedUntil) {

    /**
     * @param lockAt      the failure that locks (5 for "after 5 failures", 31 for "more than 30")
     * @param window      failures older than this no longer count (null: only a quiet period resets them)
     * @param forgetAfter with no failure for this long, the lock level starts again
     * @param delays      the lock durations, the last one repeating
     */
    public record Rule(int lockAt, Duration window, Duration forgetAfter, List<Duration> delays) {

        Duration delay(int lockNumber) {
            return delays.get(Math.min(lockNumber, delays.size()) - 1);
        }
    }

    public static FailureCounter none(Instant now) {
        return new FailureCounter(0, 0, now, null, null);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** This counter after one more failure at {@code now}; may start a lock. */
    public FailureCounter afterFailure(Instant now, Rule rule) {
        boolean quiet = lastFailure == null || !now.isBefore(lastFailure.plus(rule.forgetAfter()));
        int level = quiet ? 0 : locks;
        boolean windowOver = rule.window() != null && !now.isBefore(windowStart.plus(rule.window()));
        int count = (windowOver || quiet ? 0 : failures) + 1;
        Instant start = windowOver || quiet ? now : windowStart;
        if (count >= rule.lockAt()) {
            return new FailureCounter(0, level + 1, now, now, now.plus(rule.delay(level + 1)));
        }
        return new FailureCounter(count, level, start, now, lockedUntil);
    }

    /** True when {@code after} started a lock that this counter did not have. */
    public boolean lockStartedBy(FailureCounter after) {
        return after.lockedUntil != null && !after.lockedUntil.equals(lockedUntil);
    }

    /** Whether a lock was ever reached and not yet forgotten: a reset then is an unlock worth recording. */
    public boolean everLocked() {
        return locks > 0;
    }
}
