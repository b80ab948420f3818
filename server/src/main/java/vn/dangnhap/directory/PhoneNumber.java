package vn.dangnhap.directory;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import vn.dangnhap.shared.InvalidInputException;

/**
 * A phone number in E.164 form ({@code +84888778078}). Input may be written the Vietnamese way
 * ({@code 0888 778 078}, {@code 0888.778.078}, {@code 84888778078}) or internationally; the
 * numbering plan comes from libphonenumber, not from our own list of prefixes.
 */
public record PhoneNumber(String e164) {

    private static final PhoneNumberUtil NUMBERING = PhoneNumberUtil.getInstance();

    public PhoneNumber {
        if (e164 == null || !e164.matches("\\+[1-9][0-9]{6,14}")) {
            throw new InvalidInputException("phone", "phone.invalid");
        }
    }

    /** Parses a number written as a Vietnamese user would; blank input means "no number". */
    public static PhoneNumber parseOrNull(String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        String text = input.strip();
        if (text.length() > 32) {
            throw new InvalidInputException("phone", "phone.invalid");
        }
        // "84xxxxxxxxx" without '+' is how many Vietnamese systems export numbers.
        if (text.matches("84[0-9]{9,10}")) {
            text = "+" + text;
        }
        try {
            var parsed = NUMBERING.parse(text, "VN");
            if (!NUMBERING.isValidNumber(parsed)) {
                throw new InvalidInputException("phone", "phone.invalid");
            }
            return new PhoneNumber(NUMBERING.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            throw new InvalidInputException("phone", "phone.invalid");
        }
    }

    /** For logs and the audit trail: the country code and the last three digits, e.g. {@code +84******078}. */
    public String masked() {
        return e164.substring(0, 3) + "*".repeat(e164.length() - 6) + e164.substring(e164.length() - 3);
    }

    @Override
    public String toString() {
        return e164;
    }
}
