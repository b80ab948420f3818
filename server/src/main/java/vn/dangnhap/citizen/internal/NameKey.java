package vn.dangnhap.citizen.internal;

import java.text.Normalizer;

/**
 * The normalised full name duplicates are found by: lower case, Vietnamese diacritics removed
 * ({@code đ} → {@code d}), so that "NGUYEN THI HOA" and "Nguyễn Thị Hoa" are one name. Works as a SQL
 * expression ({@code TRANSLATE}, on H2 and PostgreSQL alike) so groups are found in the database.
 * Upper-case letters are translated too: PostgreSQL's {@code LOWER} leaves them alone under the C locale.
 */
final class NameKey {

    private static final String FROM;
    private static final String TO;

    static {
        StringBuilder from = new StringBuilder("đĐ");
        StringBuilder to = new StringBuilder("dd");
        String bases = "aăâeêioôơuưy";
        String[] tones = {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"};
        for (char base : bases.toCharArray()) {
            for (String tone : tones) {
                String lower = Normalizer.normalize(base + tone, Normalizer.Form.NFC);
                String plain = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                if (!lower.equals(plain)) {
                    from.append(lower);
                    to.append(plain);
                }
                String upper = lower.toUpperCase(java.util.Locale.ROOT);
                from.append(upper);
                to.append(plain);
            }
        }
        FROM = from.toString();
        TO = to.toString();
    }

    private NameKey() {}

    /** The SQL expression of the key of {@code column}; constants only, no user input. */
    static String sql(String column) {
        return "TRANSLATE(LOWER(" + column + "), '" + FROM + "', '" + TO + "')";
    }
}
