package vn.dangnhap.linking;

import java.util.List;
import vn.dangnhap.audit.Audited;
import vn.dangnhap.audit.AuditEntry;

/** A link was removed, or a pending one refused ({@code refused}). */
public record LinkRemoved(AppLink link, String accountEmail, String actor, boolean refused) implements Audited {

    @Override
    public List<AuditEntry> auditEntries() {
        return AuditEntry.success(refused ? LinkingAuditType.LINK_REFUSED : LinkingAuditType.LINK_REMOVED)
                .reason(link.origin().name()).account(link.accountId(), accountEmail).application(link.applicationCode())
                .detail(link.describe(actor)).asList();
    }
}
