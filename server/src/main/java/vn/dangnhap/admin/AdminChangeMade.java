package vn.dangnhap.admin;

import java.util.List;
import vn.dangnhap.audit.AuditEntry;
import vn.dangnhap.audit.Audited;

/**
 * An administrator changed something: one {@code ADMIN_CHANGE} line of the audit trail.
 *
 * @param action      what was done, e.g. {@code OFFICIAL_CREATED}
 * @param application the application concerned, or null
 * @param detail      a short description; never a password or secret
 */
public record AdminChangeMade(ActingAdmin admin, String action, String application, String detail) implements Audited {

    @Override
    public List<AuditEntry> auditEntries() {
        return AuditEntry.success(AdminAuditType.ADMIN_CHANGE).reason(action)
                .account(admin.accountId(), admin.email()).client(admin.ip(), admin.userAgent())
                .application(application).detail(detail).asList();
    }
}
