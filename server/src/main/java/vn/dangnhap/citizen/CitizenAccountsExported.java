package vn.dangnhap.citizen;

import java.util.List;
import vn.dangnhap.audit.Audited;
import vn.dangnhap.audit.AuditEntry;

/** A clean-up list was exported as CSV ({@code rows} accounts, numbers masked); {@code filter} e.g. {@code months=12}. */
public record CitizenAccountsExported(CleanupCategory category, String filter, int rows, CleanupActor actor) implements Audited {

    @Override
    public List<AuditEntry> auditEntries() {
        return AuditEntry.success(CitizenAuditType.CITIZEN_EXPORT).reason(category.name())
                .account(actor.accountId(), actor.email()).client(actor.ip(), actor.userAgent())
                .detail(rows + " rows" + (filter == null ? "" : ", " + filter) + ", numbers masked").asList();
    }
}
