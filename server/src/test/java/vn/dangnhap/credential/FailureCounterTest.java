package vn.dangnhap.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangnhap.credential.internal.FailureCounter;
import vn.dangnhap.credential.internal.LoginThrottleProperties;

/** The lock arithmetic: growing delays up to the cap, the per-address window, forgetting after a quiet day. */
class FailureCounterTest {

    private static final LoginThrottleProperties DEFAULTS = new LoginThrottleProperties(5,
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(4)),
            30, Duration.ofMinutes(10), Duration.ofHours(24), Duration.ofDays(365), 20);

    private static final Instant START = Instant.parse("2026-11-20T01:00:00Z");

    @Test
    void eachLockAfterFiveFailuresLastsLongerUpToFourHours() {
        FailureCounter counter = FailureCounter.none(START);
        Instant now = START;
        List<Duration> locks = new ArrayList<>();
        for (int lock = 0; lock < 7; lock++) {
            for (int i = 0; i < 5; i++) {
                assertThat(counter.lockedAt(now)).isFalse();
                counter = counter.afterFailure(now, DEFAULTS.accountRule());
            }
            locks.add(Duration.between(now, counter.lockedUntil()));
            now = counter.lockedUntil();
        }
        assertThat(locks).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
                Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(4), Duration.ofHours(4));
    }

    @Test
    void aQuietDayForgetsTheFailuresAndTheLockLevel() {
        FailureCounter counter = FailureCounter.none(START);
        for (int i = 0; i < 9; i++) {
            counter = counter.afterFailure(START, DEFAULTS.accountRule());
        }
        assertThat(counter.locks()).isEqualTo(1);
        assertThat(counter.failures()).isEqualTo(4);

        Instant nextDay = START.plus(Duration.ofHours(24));
        FailureCounter after = counter.afterFailure(nextDay, DEFAULTS.accountRule());
        assertThat(after.failures()).isEqualTo(1);
        assertThat(after.locks()).isZero();
        assertThat(after.lockedAt(nextDay)).isFalse();
    }

    @Test
    void anAddressLocksOnlyAfterMoreThanThirtyFailuresWithinTenMinutes() {
        FailureCounter slow = FailureCounter.none(START);
        Instant now = START;
        for (int i = 0; i < 100; i++) {
            now = now.plusSeconds(21); // under 30 per 10 minutes
            slow = slow.afterFailure(now, DEFAULTS.clientRule());
        }
        assertThat(slow.locks()).isZero();

        FailureCounter fast = FailureCounter.none(START);
        for (int i = 0; i < 30; i++) {
            fast = fast.afterFailure(START, DEFAULTS.clientRule());
        }
        assertThat(fast.lockedAt(START)).isFalse();
        fast = fast.afterFailure(START, DEFAULTS.clientRule());
        assertThat(fast.lockedUntil()).isEqualTo(START.plus(Duration.ofMinutes(1)));
    }
}
