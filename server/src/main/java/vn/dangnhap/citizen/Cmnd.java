package vn.dangnhap.citizen;

import vn.dangnhap.shared.IdNumbers;
import vn.dangnhap.shared.InvalidInputException;

/**
 * The number of the old identity card (chứng minh nhân dân, CMND): 9 digits (a few late cards
 * carried 12). {@link #toString()} is masked.
 */
public record Cmnd(String value) {

    public Cmnd {
        if (value == null || !(value.matches("\\d{9}") || value.matches("\\d{12}"))) {
            throw new IllegalArgumentException("not a 9- or 12-digit number");
        }
    }

    /** Parses what a person typed; errors name {@code field} and never echo the input. */
    public static Cmnd parse(String field, String typed) {
        String digits = typed == null ? "" : typed.replaceAll("[\\s.]", "");
        if (digits.isEmpty()) {
            throw new InvalidInputException(field, "cmnd.required");
        }
        if (!digits.chars().allMatch(Character::isDigit)) {
            throw new InvalidInputException(field, "cmnd.digits-only");
        }
        if (digits.length() != 9 && digits.length() != 12) {
            throw new InvalidInputException(field, "cmnd.length", digits.length());
        }
        return new Cmnd(digits);
    }

    /** Empty input is no CMND (it is optional where it is asked for). */
    public static Cmnd parseOptional(String field, String typed) {
        return typed == null || typed.isBlank() ? null : parse(field, typed);
    }

    public String masked() {
        return IdNumbers.mask(value);
    }

    @Override
    public String toString() {
        return masked();
    }
}
