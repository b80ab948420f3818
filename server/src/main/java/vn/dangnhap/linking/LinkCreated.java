package vn.dangnhap.linking;

import java.util.List;
import vn.dangnhap.audit.Audited;
import vn.dangnhap.audit.AuditEntry;

/** A link was made (active or pending); {@code actor} is an e-mail or an application's client id. */
public record LinkCreated(AppLink link, String accountEmail, String actor) implements Audited {

    @Override
    public List<AuditEntry> auditEntries() {
        return AuditEntry.success(LinkingAuditType.LINK_CREATED).reason(link.origin().name())
                .account(link.accountId(), accountEmail).application(link.applicationCode()).detail(link.describe(actor)).asList();
    }
}
