package vn.dangnhap.directory.internal;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import vn.dangnhap.shared.InvalidInputException;

/** The shape rules for names and codes typed into the directory, checked once at the edge. */
public final class FieldRules {

    private static final Pattern ROLE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final Pattern UNIT_CODE = Pattern.compile("[A-Z0-9][A-Z0-9_.-]{0,31}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern MARKUP = Pattern.compile("[<>]");

    private FieldRules() {}

    /**
     * A person's or unit's name: NFC-normalised (Vietnamese text arrives both composed and
     * decomposed), inner spaces folded, 1–200 characters, no control characters or markup.
     */
    public static String displayName(String field, String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidInputException(field, "name.required");
        }
        String name = Normalizer.normalize(input, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        if (name.length() > 200) {
            throw new InvalidInputException(field, "name.too-long", 200);
        }
        if (CONTROL.matcher(name).find() || MARKUP.matcher(name).find()) {
            throw new InvalidInputException(field, "name.invalid-characters");
        }
        return name;
    }

    public static String unitCode(String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidInputException("unitCode", "unit.code.required");
        }
        String code = input.strip().toUpperCase(Locale.ROOT);
        if (!UNIT_CODE.matcher(code).matches()) {
            throw new InvalidInputException("unitCode", "unit.code.invalid");
        }
        return code;
    }

    public static String role(String input) {
        String role = input == null ? "" : input.strip().toUpperCase(Locale.ROOT);
        if (!ROLE.matcher(role).matches()) {
            throw new InvalidInputException("roles", "role.invalid", abbreviate(input));
        }
        return role;
    }

    public static Set<String> roles(Collection<String> input) {
        Set<String> roles = new TreeSet<>();
        for (String each : input) {
            if (each != null && !each.isBlank()) {
                roles.add(role(each));
            }
        }
        return roles;
    }

    /** Echoing bad input back in a message: short, so a 10 kB value does not fill the page. */
    public static String abbreviate(String input) {
        if (input == null) {
            return "";
        }
        return input.length() <= 40 ? input : input.substring(0, 40) + "…";
    }
}
