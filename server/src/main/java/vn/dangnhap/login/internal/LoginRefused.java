package vn.dangnhap.login.internal;

import org.springframework.security.core.AuthenticationException;
import vn.dangnhap.login.LoginFailureReason;

/** A login refused for a recorded reason; the page shows only what is safe to show. */
class LoginRefused extends AuthenticationException {

    private final LoginFailureReason reason;
    private final long retryAfterMinutes;

    LoginRefused(LoginFailureReason reason) {
        this(reason, 0);
    }

    /** A refusal by the brute-force throttle, which says how many minutes the user has to wait. */
    LoginRefused(LoginFailureReason reason, long retryAfterMinutes) {
        super(reason.name());
        this.reason = reason;
        this.retryAfterMinutes = retryAfterMinutes;
    }

    LoginFailureReason reason() {
        return reason;
    }

    /**
     * What the login page may say. Unknown account, missing password and wrong password share one
     * message, so the page does not tell whether an account exists; locked and disabled are only
     * reported after the right password was given.
     */
    String pageMessageCode() {
        return switch (reason) {
            case EMPTY_FIELDS -> "required";
            case USERNAME_TOO_LONG -> "too-long";
            case INVALID_USERNAME -> "invalid";
            case UNKNOWN_DOMAIN -> "domain";
            case UNKNOWN_ACCOUNT, NO_PASSWORD, BAD_PASSWORD -> "credentials";
            case ACCOUNT_LOCKED -> "locked";
            case ACCOUNT_DISABLED -> "disabled";
            case ACCOUNT_TEMPORARILY_LOCKED -> "temporarily-locked";
            case CLIENT_THROTTLED -> "throttled";
            case PASSWORD_LOGIN_ENDED -> "citizen-cutoff";
        };
    }

    /** The login page's query string: the message code, and for a throttle refusal the minutes to wait. */
    String pageQuery() {
        return "error=" + pageMessageCode() + (retryAfterMinutes > 0 ? "&minutes=" + retryAfterMinutes : "");
    }
}
