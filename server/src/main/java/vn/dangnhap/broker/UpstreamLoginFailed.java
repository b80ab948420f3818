package vn.dangnhap.broker;

import java.util.List;
import vn.dangnhap.audit.Audited;
import vn.dangnhap.audit.AuditEntry;
import vn.dangnhap.shared.ClientInfo;

/**
 * A login through an upstream provider ended without a sign-in; nothing was created.
 *
 * @param reason e.g. {@code CANCELLED}, {@code UPSTREAM_ERROR}, {@code UNREACHABLE}, {@code STATE_MISMATCH},
 *               {@code INVALID_ID_TOKEN}, {@code BAD_CLAIMS}, {@code ACCOUNT_DISABLED}
 * @param detail a short technical note for the audit trail (an upstream error code; never a number unmasked)
 */
public record UpstreamLoginFailed(String alias, String reason, String detail, ClientInfo client) implements Audited {

    @Override
    public List<AuditEntry> auditEntries() {
        var line = "CANCELLED".equals(reason) ? AuditEntry.cancelled(BrokerAuditType.UPSTREAM_LOGIN, reason)
                : AuditEntry.failure(BrokerAuditType.UPSTREAM_LOGIN, reason);
        return line.client(client.ip(), client.userAgent()).application(alias).detail(detail).asList();
    }
}
