package vn.dangnhap.linking;

import java.util.List;
import vn.dangnhap.audit.Audited;
import vn.dangnhap.audit.AuditEntry;

/** A pending link became active: the application confirmed it or an administrator approved it. */
public record LinkConfirmed(AppLink link, String accountEmail, String actor) implements Audited {

    @Override
    public List<AuditEntry> auditEntries() {
        return AuditEntry.success(LinkingAuditType.LINK_CONFIRMED).reason(link.origin().name())
                .account(link.accountId(), accountEmail).application(link.applicationCode()).detail(link.describe(actor)).asList();
    }
}
