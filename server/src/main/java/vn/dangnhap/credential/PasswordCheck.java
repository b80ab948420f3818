package vn.dangnhap.credential;

/** The outcome of checking a typed password against the stored one. */
public enum PasswordCheck {
    MATCH,
    MISMATCH,
    /** The account has no password yet (e.g. imported, never set): nothing can match. */
    NO_PASSWORD
}
