package vn.dangnhap.oidc.internal;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values a stored grant may hold, and nothing else: JSON's own (text, number, true/false, null,
 * lists, objects with text keys) and, for a token's top-level claims, four Java types JSON has no
 * word for — an {@code Instant} or {@code Date} (kept as ISO-8601 text), a {@code URL} (text) and a
 * {@code Set} (a list). Those four are named beside the claims ({@code claim_types}), so a claim
 * comes back with the type it was issued with: the authorization server reads {@code auth_time}
 * back as a {@code java.util.Date} when it refreshes an ID token.
 *
 * <p>Nothing in a stored grant names a Java class: reading never decides which class to build
 * from the data.
 */
final class StoredValues {

    private static final String INSTANT = "instant";
    private static final String DATE = "date";
    private static final String URL_TYPE = "url";
    private static final String SET = "set";

    private StoredValues() {}

    /** A JSON-native copy of {@code value}; refuses (never silently drops) anything else. */
    static Object plain(Object value, String where) {
        return switch (value) {
            case null -> null;
            case String s -> s;
            case Boolean b -> b;
            case Number n -> n;
            case Collection<?> c -> {
                List<Object> list = new ArrayList<>(c.size());
                c.forEach(item -> list.add(plain(item, where)));
                yield list;
            }
            case Object[] array -> plain(List.of(array), where);
            case Map<?, ?> m -> plainMap(m, where);
            default -> throw new IllegalArgumentException(
                    where + " holds a " + value.getClass().getName() + ", which a stored grant cannot keep");
        };
    }

    static Map<String, Object> plainMap(Map<?, ?> map, String where) {
        if (map == null) {
            return null;
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, item) -> {
            if (!(key instanceof String name)) {
                throw new IllegalArgumentException(where + " has a key that is not text");
            }
            copy.put(name, plain(item, where + "." + name));
        });
        return copy;
    }

    /** A token's claims as JSON values and, beside them, the types to restore; see the class comment. */
    record Claims(Map<String, Object> values, Map<String, String> types) {

        static Claims of(Map<String, Object> claims, String where) {
            if (claims == null) {
                return new Claims(null, null);
            }
            Map<String, Object> values = new LinkedHashMap<>();
            Map<String, String> types = new LinkedHashMap<>();
            claims.forEach((name, value) -> {
                String type = switch (value) {
                    case Instant ignored -> INSTANT;
                    case Date ignored -> DATE;
                    case URL ignored -> URL_TYPE;
                    case Set<?> ignored -> SET;
                    case null, default -> null;
                };
                Object json = switch (value) {
                    case Instant instant -> instant.toString();
                    case Date date -> date.toInstant().toString();
                    case URL url -> url.toString();
                    case null, default -> plain(value, where + "." + name);
                };
                values.put(name, json);
                if (type != null) {
                    types.put(name, type);
                }
            });
            return new Claims(values, types.isEmpty() ? null : types);
        }

        /** The claims as issued; {@code null} when none were stored. */
        Map<String, Object> restore(String where) {
            if (values == null) {
                return null;
            }
            Map<String, Object> claims = new LinkedHashMap<>(values);
            if (types != null) {
                types.forEach((name, type) -> {
                    Object value = values.get(name);
                    claims.put(name, switch (type) {
                        case INSTANT -> Instant.parse(text(value, where, name));
                        case DATE -> Date.from(Instant.parse(text(value, where, name)));
                        case URL_TYPE -> url(text(value, where, name), where, name);
                        case SET -> new LinkedHashSet<>(list(value, where, name));
                        default -> throw new IllegalArgumentException(where + "." + name + " has an unknown type");
                    });
                });
            }
            return claims;
        }

        private static String text(Object value, String where, String name) {
            if (value instanceof String s) {
                return s;
            }
            throw new IllegalArgumentException(where + "." + name + " is not text");
        }

        private static List<?> list(Object value, String where, String name) {
            if (value instanceof List<?> l) {
                return l;
            }
            throw new IllegalArgumentException(where + "." + name + " is not a list");
        }

        private static URL url(String value, String where, String name) {
            try {
                return new URI(value).toURL();
            } catch (URISyntaxException | MalformedURLException | IllegalArgumentException e) {
                throw new IllegalArgumentException(where + "." + name + " is not a URL");
            }
        }
    }
}
