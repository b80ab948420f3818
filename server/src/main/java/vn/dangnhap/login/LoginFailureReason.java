package vn.dangnhap.login;

/** Why a login was refused, as recorded in the audit trail (never shown one-to-one to the user). */
public enum LoginFailureReason {
    EMPTY_FIELDS,
    USERNAME_TOO_LONG,
    INVALID_USERNAME,
    UNKNOWN_DOMAIN,
    UNKNOWN_ACCOUNT,
    NO_PASSWORD,
    BAD_PASSWORD,
    ACCOUNT_LOCKED,
    ACCOUNT_DISABLED,
    /** Refused before the password check: the name (or this device) is temporarily locked after repeated failures. */
    ACCOUNT_TEMPORARILY_LOCKED,
    /** Refused before the password check: this client address failed too often, across accounts. */
    CLIENT_THROTTLED,
    /** A citizen's right password after the cut-off date for citizen passwords (Decree 59/2022 art. 40). */
    PASSWORD_LOGIN_ENDED
}
