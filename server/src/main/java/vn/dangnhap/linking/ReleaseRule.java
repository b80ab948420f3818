package vn.dangnhap.linking;

/**
 * What one application is told about the official at sign-in.
 *
 * @param release             e-mail, linked name, or both
 * @param linkRequired        without an active link the sign-in stops before the application gets a code
 * @param claimName           the claim carrying the linked name (default {@code linked_account})
 * @param asPreferredUsername the linked name is also sent as {@code preferred_username}
 */
public record ReleaseRule(String applicationCode, Release release, boolean linkRequired, String claimName,
                          boolean asPreferredUsername) {

    public static final String DEFAULT_CLAIM = "linked_account";

    public enum Release {
        EMAIL, LINKED_NAME, BOTH;

        public boolean email() {
            return this != LINKED_NAME;
        }

        public boolean linkedName() {
            return this != EMAIL;
        }
    }

    /** An application nobody configured: the central e-mail, no link needed. */
    public static ReleaseRule defaultFor(String applicationCode) {
        return new ReleaseRule(applicationCode, Release.EMAIL, false, DEFAULT_CLAIM, false);
    }
}
