package vn.dangnhap.admin.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.OrganisationUnit;
import vn.dangnhap.directory.UnitInput;

/** Organisation-unit changes made by an administrator, each recorded in the audit trail. */
@Service
class UnitAdministration {

    private final Directory directory;
    private final AdminChanges changes;

    UnitAdministration(Directory directory, AdminChanges changes) {
        this.directory = directory;
        this.changes = changes;
    }

    /** A unit and its depth below the root, for an indented listing. */
    record UnitRow(OrganisationUnit unit, int depth) {}

    /** Every unit in tree order (parents before their children, siblings by name). */
    List<UnitRow> tree() {
        List<OrganisationUnit> all = directory.units();
        Map<String, List<OrganisationUnit>> children = all.stream()
                .filter(u -> u.parentCode() != null)
                .collect(Collectors.groupingBy(OrganisationUnit::parentCode));
        List<UnitRow> rows = new ArrayList<>();
        all.stream().filter(u -> u.parentCode() == null).sorted(byName())
                .forEach(root -> walk(root, 0, children, rows));
        return rows;
    }

    private static void walk(OrganisationUnit unit, int depth, Map<String, List<OrganisationUnit>> children, List<UnitRow> rows) {
        if (rows.size() > 100_000) {
            return; // a cycle cannot be stored, but never loop on one
        }
        rows.add(new UnitRow(unit, depth));
        children.getOrDefault(unit.code(), List.of()).stream().sorted(byName())
                .forEach(child -> walk(child, depth + 1, children, rows));
    }

    private static Comparator<OrganisationUnit> byName() {
        return Comparator.comparing(OrganisationUnit::name).thenComparing(OrganisationUnit::code);
    }

    @Transactional
    OrganisationUnit create(AdminActor actor, UnitInput input) {
        OrganisationUnit unit = directory.createUnit(input);
        changes.record(actor, "UNIT_CREATED", null, describe(unit));
        return unit;
    }

    @Transactional
    OrganisationUnit update(AdminActor actor, String code, UnitInput input) {
        OrganisationUnit unit = directory.updateUnit(code, input);
        changes.record(actor, "UNIT_UPDATED", null, describe(unit));
        return unit;
    }

    @Transactional
    OrganisationUnit setEnabled(AdminActor actor, String code, boolean enabled) {
        OrganisationUnit unit = directory.setUnitEnabled(code, enabled);
        changes.record(actor, enabled ? "UNIT_ENABLED" : "UNIT_DISABLED", null, "unit " + unit.code());
        return unit;
    }

    private static String describe(OrganisationUnit unit) {
        return "unit " + unit.code() + " (" + unit.kind() + ", parent " + unit.parentCode() + ")";
    }
}
