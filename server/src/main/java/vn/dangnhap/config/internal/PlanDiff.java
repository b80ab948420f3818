package vn.dangnhap.config.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.dangnhap.config.ConfigForm;

/**
 * The plan: what one section's export looked like before the file was applied and after, as
 * diff lines — {@code + create}, {@code ~ update … field: old -> new}, {@code - disable} (only
 * {@code enabled} went from true to false), {@code - delete}.
 */
public final class PlanDiff {

    private PlanDiff() {}

    public static List<String> lines(ConfigForm<?> section, List<Map<String, Object>> before, List<Map<String, Object>> after) {
        Map<String, Map<String, Object>> old = byKey(section, before);
        Map<String, Map<String, Object>> now = byKey(section, after);
        List<String> lines = new ArrayList<>();
        now.forEach((key, item) -> {
            Map<String, Object> was = old.get(key);
            if (was == null) {
                lines.add("+ create " + section.itemLabel() + " " + key);
            } else if (!was.equals(item)) {
                lines.add(update(section, key, was, item));
            }
        });
        old.keySet().stream().filter(key -> !now.containsKey(key))
                .forEach(key -> lines.add("- delete " + section.itemLabel() + " " + key));
        return lines;
    }

    private static String update(ConfigForm<?> section, String key, Map<String, Object> was, Map<String, Object> item) {
        Set<String> fields = new LinkedHashSet<>(item.keySet());
        fields.addAll(was.keySet());
        List<String> changes = new ArrayList<>();
        for (String field : fields) {
            if (!Objects.equals(was.get(field), item.get(field))) {
                changes.add(field + ": " + show(was.get(field)) + " -> " + show(item.get(field)));
            }
        }
        if (changes.size() == 1 && Boolean.TRUE.equals(was.get("enabled")) && Boolean.FALSE.equals(item.get("enabled"))) {
            return "- disable " + section.itemLabel() + " " + key;
        }
        return "~ update " + section.itemLabel() + " " + key + ": " + String.join("; ", changes);
    }

    private static String show(Object value) {
        if (value == null) {
            return "(none)";
        }
        if (value instanceof String text) {
            return text.isEmpty() ? "\"\"" : text;
        }
        return String.valueOf(value);
    }

    private static Map<String, Map<String, Object>> byKey(ConfigForm<?> section, List<Map<String, Object>> items) {
        Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
        for (Map<String, Object> item : items) {
            byKey.put(String.valueOf(item.get(section.keyField())), item);
        }
        return byKey;
    }
}
