package vn.dangnhap.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The organisation tree in memory, for "is this unit inside that one" questions. */
public final class UnitTree {

    private final Map<String, String> parentOf = new HashMap<>();
    private final Map<String, OrganisationUnit> byCode = new HashMap<>();
    private final List<OrganisationUnit> units;

    private UnitTree(Collection<OrganisationUnit> units) {
        this.units = List.copyOf(units);
        for (OrganisationUnit unit : units) {
            parentOf.put(unit.code(), unit.parentCode());
            byCode.put(unit.code(), unit);
        }
    }

    public static UnitTree of(Collection<OrganisationUnit> units) {
        return new UnitTree(units);
    }

    /** A unit and its depth below the root, for an indented listing. */
    public record Row(OrganisationUnit unit, int depth) {}

    /** Every unit in tree order (parents before their children, siblings by name). */
    public List<Row> inTreeOrder() {
        Map<String, List<OrganisationUnit>> children = new HashMap<>();
        units.stream().filter(u -> u.parentCode() != null)
                .forEach(u -> children.computeIfAbsent(u.parentCode(), k -> new ArrayList<>()).add(u));
        List<Row> rows = new ArrayList<>();
        units.stream().filter(u -> u.parentCode() == null).sorted(BY_NAME).forEach(root -> walk(root, 0, children, rows));
        return rows;
    }

    private static final java.util.Comparator<OrganisationUnit> BY_NAME =
            java.util.Comparator.comparing(OrganisationUnit::name).thenComparing(OrganisationUnit::code);

    private static void walk(OrganisationUnit unit, int depth, Map<String, List<OrganisationUnit>> children, List<Row> rows) {
        if (rows.size() > 100_000) {
            return; // a cycle cannot be stored, but never loop on one
        }
        rows.add(new Row(unit, depth));
        children.getOrDefault(unit.code(), List.of()).stream().sorted(BY_NAME)
                .forEach(child -> walk(child, depth + 1, children, rows));
    }

    /** The units, in the order given. */
    public List<OrganisationUnit> units() {
        return units;
    }

    public Optional<OrganisationUnit> unit(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** True when {@code unitCode} is {@code ancestorCode} itself or lies below it. */
    public boolean isWithin(String unitCode, String ancestorCode) {
        String current = unitCode;
        for (int depth = 0; current != null && depth <= parentOf.size(); depth++) {
            if (current.equals(ancestorCode)) {
                return true;
            }
            current = parentOf.get(current);
        }
        return false;
    }

    /** The unit and its ancestors up to the root, nearest first. */
    public List<OrganisationUnit> pathToRoot(String unitCode) {
        List<OrganisationUnit> path = new ArrayList<>();
        String current = unitCode;
        while (current != null && byCode.containsKey(current) && path.size() <= byCode.size()) {
            path.add(byCode.get(current));
            current = parentOf.get(current);
        }
        return path;
    }

    /** Depth below the root (root = 0), for indenting a tree listing. */
    public int depth(String unitCode) {
        return Math.max(0, pathToRoot(unitCode).size() - 1);
    }
}
