package vn.dangnhap.citizen;

/**
 * The lists of the clean-up console. Merged accounts are in none of them (they stay readable on
 * their own page); disabled accounts are listed with their status.
 */
public enum CleanupCategory {
    /** The personal identification number was proven (e-ID login or registry match). */
    VERIFIED,
    /** No proven number. */
    UNVERIFIED,
    /** Shares a number (verified or claimed) with another account, or the normalised full name and birth date. */
    DUPLICATE,
    /** No sign-in for N months; an account never signed in counts from its creation. */
    DORMANT
}
