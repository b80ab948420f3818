package vn.dangnhap.entry;

import java.util.List;
import vn.dangnhap.audit.Audited;
import vn.dangnhap.audit.AuditEntry;
import java.util.UUID;
import vn.dangnhap.shared.ClientInfo;

/**
 * An account was refused entry to an application — by any protocol — for {@code reason}; the
 * person saw (or the client was told) {@code reference}, which the audit line carries too.
 *
 * @param accountId       null when no one was signed in (e.g. an unregistered CAS service was asked for)
 * @param loginName       the official's e-mail or the citizen's login name (user name or masked number)
 * @param applicationCode null when the request named no known application
 * @param client          where the request came from: the browser, or the application's server
 * @param detail          protocol detail for the audit line (e.g. the CAS service URL), or null
 */
public record EntryRefused(UUID accountId, String loginName, String applicationCode, EntryProtocol protocol,
                           RefusalReason reason, String reference, ClientInfo client, String detail) implements Audited {

    @Override
    public List<AuditEntry> auditEntries() {
        return AuditEntry.failure(EntryAuditType.ENTRY_REFUSED, reason.name()).account(accountId, loginName)
                .client(client == null ? null : client.ip(), client == null ? null : client.userAgent())
                .application(applicationCode)
                .detail(protocol + ", reference " + reference + (detail == null ? "" : ", " + detail)).asList();
    }
}
