package vn.dangnhap.citizen;

import vn.dangnhap.shared.IdNumbers;
import vn.dangnhap.shared.InvalidInputException;

/**
 * A personal identification number, as printed on the chip-based citizen identity card (CCCD):
 * 12 digits — 3 for the birth-registration province (001–096), 1 for gender and century, 2 for the
 * birth year, 6 random. There is no checksum, so a well-formed number proves nothing by itself.
 * {@link #toString()} is masked; {@link #value()} is the full number and must not reach logs.
 */
public record Cccd(String value) {

    public Cccd {
        if (value == null || !value.matches("\\d{12}")) {
            throw new IllegalArgumentException("not a 12-digit number");
        }
    }

    /**
     * Parses what a person typed (spaces and dots between digit groups are ignored). Errors name
     * {@code field} and never echo the input.
     */
    public static Cccd parse(String field, String typed) {
        String digits = typed == null ? "" : typed.replaceAll("[\\s.]", "");
        if (digits.isEmpty()) {
            throw new InvalidInputException(field, "cccd.required");
        }
        if (!digits.chars().allMatch(Character::isDigit)) {
            throw new InvalidInputException(field, "cccd.digits-only");
        }
        if (digits.length() != 12) {
            throw new InvalidInputException(field, "cccd.length", digits.length());
        }
        int province = Integer.parseInt(digits.substring(0, 3));
        if (province < 1 || province > 96) {
            throw new InvalidInputException(field, "cccd.province");
        }
        return new Cccd(digits);
    }

    public static Cccd parse(String typed) {
        return parse("cccd", typed);
    }

    /** The three-digit birth-registration province code, e.g. {@code 079} (TP. Hồ Chí Minh). */
    public String provinceCode() {
        return value.substring(0, 3);
    }

    /** True for the odd gender/century digits. */
    public boolean female() {
        return (value.charAt(3) - '0') % 2 == 1;
    }

    /** The full birth year the number encodes (century from the gender/century digit). */
    public int birthYear() {
        int century = 1900 + ((value.charAt(3) - '0') / 2) * 100;
        return century + Integer.parseInt(value.substring(4, 6));
    }

    /** First 4 and last 2 digits shown, as in exports and pages: {@code 0791******89}. */
    public String masked() {
        return IdNumbers.mask(value);
    }

    @Override
    public String toString() {
        return masked();
    }
}
