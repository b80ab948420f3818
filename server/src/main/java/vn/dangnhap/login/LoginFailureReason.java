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
    ACCOUNT_DISABLED
}
