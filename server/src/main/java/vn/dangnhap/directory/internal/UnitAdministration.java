package vn.dangnhap.directory.internal;

import vn.dangnhap.admin.AdminChanges;
import vn.dangnhap.admin.ActingAdmin;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.OrganisationUnit;
import vn.dangnhap.directory.UnitInput;
import vn.dangnhap.directory.UnitTree;

/** Organisation-unit changes made by an administrator, each recorded in the audit trail. */
@Service
class UnitAdministration {

    private final Directory directory;
    private final AdminChanges changes;

    UnitAdministration(Directory directory, AdminChanges changes) {
        this.directory = directory;
        this.changes = changes;
    }

    /** Every unit in tree order (parents before their children, siblings by name), with its depth. */
    List<UnitTree.Row> tree() {
        return directory.unitTree().inTreeOrder();
    }

    @Transactional
    OrganisationUnit create(ActingAdmin actor, UnitInput input) {
        OrganisationUnit unit = directory.createUnit(input);
        changes.record(actor, "UNIT_CREATED", null, describe(unit));
        return unit;
    }

    @Transactional
    OrganisationUnit update(ActingAdmin actor, String code, UnitInput input) {
        OrganisationUnit unit = directory.updateUnit(code, input);
        changes.record(actor, "UNIT_UPDATED", null, describe(unit));
        return unit;
    }

    @Transactional
    OrganisationUnit setEnabled(ActingAdmin actor, String code, boolean enabled) {
        OrganisationUnit unit = directory.setUnitEnabled(code, enabled);
        changes.record(actor, enabled ? "UNIT_ENABLED" : "UNIT_DISABLED", null, "unit " + unit.code());
        return unit;
    }

    private static String describe(OrganisationUnit unit) {
        return "unit " + unit.code() + " (" + unit.kind() + ", parent " + unit.parentCode() + ")";
    }
}
