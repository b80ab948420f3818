package vn.dangnhap.config.internal;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.springframework.core.ResolvableType;

/**
 * One property the {@code settings:} section may give, as {@link SettingsCatalogue} derives it from its
 * {@code @ConfigurationProperties} record.
 *
 * @param group       the key under {@code settings:} (e.g. {@code lockout}); empty: a key of {@code settings:} itself
 * @param key         the key in its group, e.g. {@code maxFailures}
 * @param property    the Spring property, e.g. {@code dangnhap.login.throttle.max-failures}
 * @param type        the record component's type, e.g. {@code int}, {@code List<Duration>}
 * @param secret      given only as {@code ${ENV_NAME}}
 * @param record      the record declaring the component (a nested record for {@code dangnhap.citizen.registry.*})
 * @param component   the record component's name, e.g. {@code maxFailures}
 * @param codeDefault the code's default ({@code @DefaultValue}) in the canonical form of {@link #canonical}; null: none
 */
public record Setting(String group, String key, String property, ResolvableType type, boolean secret, Class<?> record,
                      String component, Object codeDefault) {

    /** Where it is in the file below {@code settings:}, e.g. {@code lockout.maxFailures}. */
    public String path() {
        return group.isEmpty() ? key : group + "." + key;
    }

    public boolean isList() {
        return List.class.isAssignableFrom(type.toClass());
    }

    /** The type of the value, or of each element of a list. */
    public ResolvableType valueType() {
        return isList() ? type.asCollection().getGeneric(0) : type;
    }

    /**
     * A bound value as the file and the export write it: durations in their largest exact unit
     * ({@code 1d}, {@code 90s}), periods and URIs as text, lists element by element.
     */
    public static Object canonical(Object value) {
        return switch (value) {
            case null -> null;
            case List<?> list -> list.stream().map(Setting::canonical).toList();
            case Duration duration -> print(duration);
            case Period period -> period.toString();
            case URI uri -> uri.toString();
            case LocalDate date -> date.toString();
            case Integer number -> number;
            case Long number -> number;
            case Boolean flag -> flag;
            default -> value.toString();
        };
    }

    /** {@code 90s} → {@code 90s}, {@code 3600s} → {@code 1h}: the largest unit that divides it. */
    public static String print(Duration d) {
        long ms = d.toMillis();
        long[] sizes = {86_400_000L, 3_600_000L, 60_000L, 1_000L};
        String[] units = {"d", "h", "m", "s"};
        for (int i = 0; i < sizes.length; i++) {
            if (ms != 0 && ms % sizes[i] == 0) {
                return ms / sizes[i] + units[i];
            }
        }
        return ms + "ms";
    }

    /** What one value (of a list: one element) looks like, for a problem: {@code a duration such as 30s, 10m, 4h or 7d}. */
    String expected() {
        Class<?> value = valueType().toClass();
        if (isWholeNumber(value)) {
            return "a whole number";
        } else if (value == boolean.class || value == Boolean.class) {
            return "true or false";
        } else if (value == Duration.class) {
            return "a duration such as 30s, 10m, 4h or 7d";
        } else if (value == Period.class) {
            return "a period such as P6M, P90D or P14D";
        } else if (value == URI.class) {
            return "a full http:// or https:// URL";
        } else if (value == LocalDate.class) {
            return "a date written YYYY-MM-DD";
        }
        return "a single value";
    }

    /** The problem for {@code text}, which does not convert to the type (of a list: to the element type). */
    String notConvertible(String text) {
        String shown = text.length() <= 60 ? text : text.substring(0, 60) + "…";
        Class<?> value = valueType().toClass();
        if (isWholeNumber(value) || value == boolean.class || value == Boolean.class) {
            return "expected " + expected() + ", found \"" + shown + "\"";
        }
        return "\"" + shown + "\" is not " + expected();
    }

    private static boolean isWholeNumber(Class<?> type) {
        return type == int.class || type == Integer.class || type == long.class || type == Long.class;
    }
}
