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
import vn.dangnhap.config.ConfigForm;
import vn.dangnhap.config.ConfigNode;
import vn.dangnhap.config.ConfigSection;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.OrganisationUnit;

/**
 * {@code units}: the organisation tree, keyed by unit code. A unit is applied after its parent,
 * whatever the order in the file. Prune disables the units the file does not list (units are
 * never deleted: officials and history refer to them).
 */
@Component
class UnitSection implements ConfigSection {

    private final UnitForm form = new UnitForm();
    private final Directory directory;

    UnitSection(Directory directory) {
        this.directory = directory;
    }

    @Override
    public UnitForm form() {
        return form;
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
        Set<String> listed = new HashSet<>();
        for (ConfigForm.Item<UnitForm.Unit> item : parentsFirst(form.readAll(section))) {
            UnitForm.Unit unit = item.value();
            listed.add(unit.code().strip().toUpperCase(Locale.ROOT));
            item.node().attempt(() -> {
                OrganisationUnit stored = directory.findUnit(unit.code()).isPresent()
                        ? directory.updateUnit(unit.code(), unit.input())
                        : directory.createUnit(unit.input());
                if (stored.enabled() != unit.enabled()) {
                    directory.setUnitEnabled(stored.code(), unit.enabled());
                }
            });
        }
        if (prune && section.problems().isEmpty()) {
            directory.units().stream().filter(u -> !listed.contains(u.code()) && u.enabled())
                    .forEach(u -> directory.setUnitEnabled(u.code(), false));
        }
    }

    /** Items whose parent is listed too come after that parent; otherwise file order. */
    private static List<ConfigForm.Item<UnitForm.Unit>> parentsFirst(List<ConfigForm.Item<UnitForm.Unit>> items) {
        Map<String, ConfigForm.Item<UnitForm.Unit>> byCode = new LinkedHashMap<>();
        for (ConfigForm.Item<UnitForm.Unit> item : items) {
            byCode.put(item.value().code().strip().toUpperCase(Locale.ROOT), item);
        }
        List<ConfigForm.Item<UnitForm.Unit>> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (String code : byCode.keySet()) {
            place(code, byCode, placed, ordered, new HashSet<>());
        }
        return ordered;
    }

    private static void place(String code, Map<String, ConfigForm.Item<UnitForm.Unit>> byCode, Set<String> placed,
                              List<ConfigForm.Item<UnitForm.Unit>> ordered, Set<String> visiting) {
        if (placed.contains(code) || !visiting.add(code)) {
            return; // placed already, or a cycle: the directory reports it
        }
        String parent = byCode.get(code).value().input().parentCode();
        String parentKey = parent == null ? null : parent.strip().toUpperCase(Locale.ROOT);
        if (parentKey != null && byCode.containsKey(parentKey)) {
            place(parentKey, byCode, placed, ordered, visiting);
        }
        if (placed.add(code)) {
            ordered.add(byCode.get(code));
        }
    }
}
