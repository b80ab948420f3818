package vn.dangnhap.citizen;

import java.util.List;
import vn.dangnhap.audit.Audited;
import vn.dangnhap.audit.AuditEntry;
import java.time.LocalDate;

/** The bulk disable of unverified legacy accounts ran: {@code count} accounts were disabled (one event each before). */
public record CitizenBulkDisabled(int count, LocalDate cutoff, CleanupActor actor) implements Audited {

    @Override
    public List<AuditEntry> auditEntries() {
        return AuditEntry.success(CitizenAuditType.CITIZEN_BULK_DISABLE).reason("BULK_UNVERIFIED_AFTER_CUTOFF")
                .account(actor.accountId(), actor.email()).client(actor.ip(), actor.userAgent())
                .detail(count + " unverified legacy accounts disabled (cut-off " + cutoff + ")").asList();
    }
}
