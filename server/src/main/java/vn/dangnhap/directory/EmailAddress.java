package vn.dangnhap.directory;

import java.util.Locale;
import java.util.regex.Pattern;
import vn.dangnhap.shared.InvalidInputException;

/**
 * An e-mail address, the official's login name. Stored lower-case: official mail systems treat
 * addresses case-insensitively, so {@code Nva@Demo.gov.vn} and {@code nva@demo.gov.vn} are one
 * account.
 */
public record EmailAddress(String value) {

    private static final int MAX_LENGTH = 254; // RFC 5321 §4.5.3.1.3 path limit less brackets
    private static final Pattern LOCAL = Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern DOMAIN = Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

    public EmailAddress {
        if (value == null || !isWellFormed(value)) {
            throw new InvalidInputException("email", "email.invalid");
        }
    }

    /** Parses user input: trims, lower-cases, and rejects anything that is not an address. */
    public static EmailAddress parse(String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidInputException("email", "email.required");
        }
        String trimmed = input.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw new InvalidInputException("email", "email.too-long", MAX_LENGTH);
        }
        return new EmailAddress(trimmed.toLowerCase(Locale.ROOT));
    }

    static boolean isWellFormed(String value) {
        if (value.length() > MAX_LENGTH) {
            return false;
        }
        int at = value.lastIndexOf('@');
        if (at <= 0 || at != value.indexOf('@') || at > 64) {
            return false;
        }
        return LOCAL.matcher(value.substring(0, at)).matches()
                && DOMAIN.matcher(value.substring(at + 1)).matches();
    }

    public String localPart() {
        return value.substring(0, value.indexOf('@'));
    }

    public String domain() {
        return value.substring(value.indexOf('@') + 1);
    }

    @Override
    public String toString() {
        return value;
    }
}
