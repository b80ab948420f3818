package vn.dangnhap.directory;

/** Why an account is {@link AccountStatus#LOCKED}; the login page and the e-mail notice explain it. */
public enum LockReason {
    /** A default (new or reset) password was not changed within the allowed working days. */
    DEFAULT_PASSWORD_NOT_CHANGED,
    /** The password is older than the maximum age (6 months by default). */
    PASSWORD_EXPIRED,
    /** An administrator locked the account. */
    ADMIN
}
