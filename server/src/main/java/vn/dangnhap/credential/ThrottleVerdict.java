package vn.dangnhap.credential;

import java.time.Duration;

/**
 * Whether a login may go on to the password check.
 *
 * @param refusal    null when allowed
 * @param retryAfter how long until the lock ends (zero when allowed)
 */
public record ThrottleVerdict(Refusal refusal, Duration retryAfter) {

    public enum Refusal {
        /** The login name (or this known device) is temporarily locked after repeated failures. */
        ACCOUNT_TEMPORARILY_LOCKED,
        /** The client address failed too often, across accounts. */
        CLIENT_THROTTLED
    }

    public static final ThrottleVerdict ALLOWED = new ThrottleVerdict(null, Duration.ZERO);

    public boolean allowed() {
        return refusal == null;
    }

    /** Whole minutes until the lock ends, rounded up (what the login page tells the user). */
    public long retryAfterMinutes() {
        return (retryAfter.toSeconds() + 59) / 60;
    }
}
