package vn.dangnhap.citizen.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.dangnhap.testsupport.MutableClock;

class CircuitBreakerTest {

    static final class Down extends RuntimeException {}

    final MutableClock clock = new MutableClock(ZoneId.of("Asia/Ho_Chi_Minh"));
    final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(60), clock);
    final AtomicInteger calls = new AtomicInteger();

    final Supplier<String> failing = () -> {
        calls.incrementAndGet();
        throw new Down();
    };
    final Supplier<String> working = () -> {
        calls.incrementAndGet();
        return "ok";
    };

    @Test
    void opensAfterThreeConsecutiveFailuresAndThenRefusesWithoutCalling() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> breaker.call(failing, Down.class)).isInstanceOf(Down.class);
        }
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);

        assertThatThrownBy(() -> breaker.call(working, Down.class)).isInstanceOf(CircuitBreaker.Open.class);
        assertThat(calls).hasValue(3);
    }

    @Test
    void aSuccessInBetweenStartsTheCountAgain() {
        assertThatThrownBy(() -> breaker.call(failing, Down.class)).isInstanceOf(Down.class);
        assertThatThrownBy(() -> breaker.call(failing, Down.class)).isInstanceOf(Down.class);
        assertThat(breaker.call(working, Down.class)).isEqualTo("ok");
        assertThatThrownBy(() -> breaker.call(failing, Down.class)).isInstanceOf(Down.class);
        assertThatThrownBy(() -> breaker.call(failing, Down.class)).isInstanceOf(Down.class);

        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.call(working, Down.class)).isEqualTo("ok");
    }

    @Test
    void otherExceptionsAreNotFailuresOfTheRemoteSystem() {
        Supplier<String> bug = () -> {
            throw new IllegalStateException("our own bug");
        };
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> breaker.call(bug, Down.class)).isInstanceOf(IllegalStateException.class);
        }
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void afterTheOpenPeriodOneTrialCallClosesItOnSuccess() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> breaker.call(failing, Down.class)).isInstanceOf(Down.class);
        }
        clock.advance(Duration.ofSeconds(59));
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        clock.advance(Duration.ofSeconds(2));
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.HALF_OPEN);

        assertThat(breaker.call(working, Down.class)).isEqualTo("ok");
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(calls).hasValue(4);
    }

    @Test
    void aFailedTrialOpensItAgainForTheWholePeriod() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> breaker.call(failing, Down.class)).isInstanceOf(Down.class);
        }
        clock.advance(Duration.ofSeconds(61));
        assertThatThrownBy(() -> breaker.call(failing, Down.class)).isInstanceOf(Down.class);

        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThatThrownBy(() -> breaker.call(working, Down.class)).isInstanceOf(CircuitBreaker.Open.class);
        assertThat(calls).hasValue(4);
    }

    @Test
    void whileTheTrialRunsOtherCallsAreRefused() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> breaker.call(failing, Down.class)).isInstanceOf(Down.class);
        }
        clock.advance(Duration.ofSeconds(61));
        String answer = breaker.call(() -> {
            assertThatThrownBy(() -> breaker.call(working, Down.class)).isInstanceOf(CircuitBreaker.Open.class);
            return "trial";
        }, Down.class);
        assertThat(answer).isEqualTo("trial");
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    }
}
