package vn.dangnhap.directory;

import java.util.Locale;
import vn.dangnhap.directory.internal.FieldRules;
import vn.dangnhap.shared.InvalidInputException;

/**
 * Who may open an application: officials of {@code unitCode} or any unit below it, holding
 * {@code role}. A null unit means any unit, a null role any role; both null means every official.
 */
public record AppAccessRule(String unitCode, String role) {

    public static final AppAccessRule EVERYONE = new AppAccessRule(null, null);

    public boolean matches(OfficialAccount official, UnitTree tree) {
        return (unitCode == null || tree.isWithin(official.unitCode(), unitCode))
                && (role == null || official.hasRole(role));
    }

    /**
     * Parses the one-line form admins write: {@code *} (everyone), {@code unit:SO_TTTT},
     * {@code role:LANH_DAO}, or both separated by a space.
     */
    public static AppAccessRule parse(String line) {
        String text = line == null ? "" : line.strip();
        if (text.equals("*")) {
            return EVERYONE;
        }
        String unit = null;
        String role = null;
        for (String part : text.split("\\s+")) {
            String lower = part.toLowerCase(Locale.ROOT);
            if (lower.startsWith("unit:") && unit == null) {
                unit = FieldRules.unitCode(part.substring(5));
            } else if (lower.startsWith("role:") && role == null) {
                role = FieldRules.role(part.substring(5));
            } else {
                throw new InvalidInputException("accessRules", "access-rule.invalid", FieldRules.abbreviate(text));
            }
        }
        return new AppAccessRule(unit, role);
    }

    /** The one-line form, inverse of {@link #parse}. */
    public String format() {
        if (unitCode == null && role == null) {
            return "*";
        }
        return ((unitCode == null ? "" : "unit:" + unitCode) + " " + (role == null ? "" : "role:" + role)).strip();
    }
}
