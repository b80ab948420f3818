package vn.dangnhap.shared;

/** Masking of identity numbers for logs, pages and exports. */
public final class IdNumbers {

    private IdNumbers() {}

    /**
     * Shows the first 4 and the last 2 digits and stars the rest ({@code 079123456789} →
     * {@code 0791******89}); anything too short to mask that way is starred entirely.
     */
    public static String mask(String number) {
        if (number == null) {
            return null;
        }
        if (number.length() < 8) {
            return "*".repeat(number.length());
        }
        return number.substring(0, 4) + "*".repeat(number.length() - 6) + number.substring(number.length() - 2);
    }
}
