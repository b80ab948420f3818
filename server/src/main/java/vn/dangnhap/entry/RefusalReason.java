package vn.dangnhap.entry;

import java.util.Locale;

/**
 * Why an account may not enter an application. The audit line records the name; the refusal page
 * says {@code entry.refused.<reason>.heading} and {@code .what} from the message bundles.
 */
public enum RefusalReason {
    /** The client or service belongs to no application of the catalogue. */
    NO_APPLICATION,
    /** The application (or its OpenID Connect / CAS registration) is switched off. */
    APPLICATION_DISABLED,
    /** An official's account is locked (by an administrator, the password rules or brute-force protection). */
    ACCOUNT_LOCKED,
    /** The account was disabled. */
    ACCOUNT_DISABLED,
    /** A citizen account merged into another one: the other one signs in now. */
    ACCOUNT_MERGED,
    /** A citizen at an application for officials only. */
    OFFICIALS_ONLY,
    /** An official at an application for citizens only. */
    CITIZENS_ONLY,
    /** A citizen whose personal identification number is not proven, at an application that requires it. */
    VERIFICATION_REQUIRED,
    /** No access rule of the application names the official's unit (or a unit above it) and role. */
    NOT_ALLOWED,
    /** The application requires an account link and the account has no active one: "Không thể xác thực người dùng!". */
    LINK_MISSING;

    /** The message-key stem of the refusal page, e.g. {@code entry.refused.link-missing}. */
    public String messageKey() {
        return "entry.refused." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
