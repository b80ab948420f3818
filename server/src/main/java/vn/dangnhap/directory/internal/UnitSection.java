package vn.dangnhap.directory.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.dangnhap.config.ConfigNode;
import vn.dangnhap.config.ConfigSection;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.OrganisationUnit;
import vn.dangnhap.directory.UnitInput;
import vn.dangnhap.directory.UnitKind;

/**
 * {@code units}: the organisation tree, keyed by unit code. A unit is applied after its parent,
 * whatever the order in the file. Prune disables the units the file does not list (units are
 * never deleted: officials and history refer to them).
 */
@Component
class UnitSection implements ConfigSection {

    private final Directory directory;

    UnitSection(Directory directory) {
        this.directory = directory;
    }

    @Override
    public String name() {
        return "units";
    }

    @Override
    public String itemLabel() {
        return "unit";
    }

    @Override
    public String keyField() {
        return "code";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<Map<String, Object>> export() {
        List<OrganisationUnit> units = directory.units();
        Map<String, List<OrganisationUnit>> children = units.stream().filter(u -> u.parentCode() != null)
                .collect(Collectors.groupingBy(OrganisationUnit::parentCode));
        List<Map<String, Object>> items = new ArrayList<>();
        units.stream().filter(u -> u.parentCode() == null).sorted(Comparator.comparing(OrganisationUnit::code))
                .forEach(root -> addTree(root, children, items, new HashSet<>()));
        return items;
    }

    private static void addTree(OrganisationUnit unit, Map<String, List<OrganisationUnit>> children,
                                List<Map<String, Object>> items, Set<String> visited) {
        if (!visited.add(unit.code())) {
            return;
        }
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("code", unit.code());
        item.put("name", unit.name());
        item.put("kind", unit.kind().name());
        if (unit.parentCode() != null) {
            item.put("parentCode", unit.parentCode());
        }
        item.put("enabled", unit.enabled());
        items.add(item);
        children.getOrDefault(unit.code(), List.of()).stream().sorted(Comparator.comparing(OrganisationUnit::code))
                .forEach(child -> addTree(child, children, items, visited));
    }

    @Override
    public void apply(ConfigNode section, boolean prune) {
        List<ConfigNode> items = section.items("code");
        Set<String> listed = new HashSet<>();
        for (ConfigNode item : parentsFirst(items)) {
            item.allowOnly("code", "name", "kind", "parentCode", "enabled");
            String code = item.text("code");
            String name = item.text("name");
            UnitKind kind = item.choice("kind", UnitKind.class);
            String parent = item.text("parentCode");
            boolean enabled = item.bool("enabled", true);
            if (code == null) {
                item.problem("code", "a unit needs a code");
                continue;
            }
            if (kind == null) {
                if (!item.has("kind")) {
                    item.problem("kind", "a unit needs a kind, one of " + java.util.Arrays.toString(UnitKind.values()));
                }
                continue;
            }
            listed.add(code.strip().toUpperCase(Locale.ROOT));
            UnitInput input = new UnitInput(code, name, kind, parent);
            item.attempt(() -> {
                OrganisationUnit unit = directory.findUnit(code).isPresent()
                        ? directory.updateUnit(code, input)
                        : directory.createUnit(input);
                if (unit.enabled() != enabled) {
                    directory.setUnitEnabled(unit.code(), enabled);
                }
            });
        }
        if (prune && section.problems().isEmpty()) {
            directory.units().stream().filter(u -> !listed.contains(u.code()) && u.enabled())
                    .forEach(u -> directory.setUnitEnabled(u.code(), false));
        }
    }

    /** Items whose parent is listed too come after that parent; otherwise file order. */
    private static List<ConfigNode> parentsFirst(List<ConfigNode> items) {
        Map<String, ConfigNode> byCode = new LinkedHashMap<>();
        for (ConfigNode item : items) {
            String code = item.text("code");
            byCode.put(code == null ? "#" + item.line() : code.strip().toUpperCase(Locale.ROOT), item);
        }
        List<ConfigNode> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (String code : byCode.keySet()) {
            place(code, byCode, placed, ordered, new HashSet<>());
        }
        return ordered;
    }

    private static void place(String code, Map<String, ConfigNode> byCode, Set<String> placed, List<ConfigNode> ordered,
                              Set<String> visiting) {
        if (placed.contains(code) || !visiting.add(code)) {
            return; // placed already, or a cycle: the directory reports it
        }
        String parent = byCode.get(code).text("parentCode");
        String parentKey = parent == null ? null : parent.strip().toUpperCase(Locale.ROOT);
        if (parentKey != null && byCode.containsKey(parentKey)) {
            place(parentKey, byCode, placed, ordered, visiting);
        }
        if (placed.add(code)) {
            ordered.add(byCode.get(code));
        }
    }
}
