package vn.dangnhap.citizen.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Protects the login path from a failing remote system: after {@code failureThreshold} consecutive
 * failures the breaker opens and for {@code openFor} refuses at once, without calling. Then one
 * trial call is let through (half-open): success closes the breaker, failure opens it again.
 * The textbook three-state breaker, small enough to read; thread-safe.
 */
public class CircuitBreaker {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    /** Thrown instead of calling while the breaker is open. */
    public static final class Open extends RuntimeException {

        Open() {
            super("circuit open");
        }
    }

    private final int failureThreshold;
    private final Duration openFor;
    private final Clock clock;

    private int consecutiveFailures;
    private Instant openUntil;
    private boolean trialRunning;

    public CircuitBreaker(int failureThreshold, Duration openFor, Clock clock) {
        this.failureThreshold = failureThreshold;
        this.openFor = openFor;
        this.clock = clock;
    }

    /**
     * Runs {@code call} unless the breaker is open. Exceptions of the type {@code failure} count as
     * failures (and are rethrown); any other outcome counts as success.
     */
    public <T> T call(Supplier<T> call, Class<? extends RuntimeException> failure) {
        boolean trial = admit();
        try {
            T result = call.get();
            succeeded();
            return result;
        } catch (RuntimeException e) {
            if (failure.isInstance(e)) {
                failed();
            } else {
                succeeded();
            }
            throw e;
        } finally {
            if (trial) {
                synchronized (this) {
                    trialRunning = false;
                }
            }
        }
    }

    public synchronized State state() {
        if (openUntil == null) {
            return State.CLOSED;
        }
        return clock.instant().isBefore(openUntil) ? State.OPEN : State.HALF_OPEN;
    }

    /** Returns true when this call is the half-open trial. */
    private synchronized boolean admit() {
        State state = state();
        if (state == State.OPEN || (state == State.HALF_OPEN && trialRunning)) {
            throw new Open();
        }
        if (state == State.HALF_OPEN) {
            trialRunning = true;
            return true;
        }
        return false;
    }

    private synchronized void succeeded() {
        consecutiveFailures = 0;
        openUntil = null;
    }

    private synchronized void failed() {
        consecutiveFailures++;
        if (openUntil != null || consecutiveFailures >= failureThreshold) {
            openUntil = clock.instant().plus(openFor);
        }
    }
}
