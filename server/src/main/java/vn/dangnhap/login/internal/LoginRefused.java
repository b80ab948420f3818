package vn.dangnhap.login.internal;

import org.springframework.security.core.AuthenticationException;
import vn.dangnhap.login.LoginFailureReason;

/** A login refused for a recorded reason; the page shows only what is safe to show. */
class LoginRefused extends AuthenticationException {

    private final LoginFailureReason reason;

    LoginRefused(LoginFailureReason reason) {
        super(reason.name());
        this.reason = reason;
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
        };
    }
}
