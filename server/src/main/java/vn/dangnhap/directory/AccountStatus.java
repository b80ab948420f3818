package vn.dangnhap.directory;

/** Whether an account may sign in. */
public enum AccountStatus {
    ACTIVE,
    /** Locked by a rule or an admin; may be unlocked. */
    LOCKED,
    /** Switched off by an admin (e.g. the official left); kept for history. */
    DISABLED
}
