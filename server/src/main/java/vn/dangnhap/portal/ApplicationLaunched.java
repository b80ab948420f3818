package vn.dangnhap.portal;

import java.util.List;
import vn.dangnhap.audit.Audited;
import vn.dangnhap.audit.AuditEntry;
import java.util.UUID;
import vn.dangnhap.shared.ClientInfo;

/**
 * An official or a citizen clicked a tile and was sent on to the application; {@code email} is the
 * official's e-mail or the citizen's login name (user name or masked number).
 */
public record ApplicationLaunched(UUID accountId, String email, String applicationCode, ClientInfo client) implements Audited {

    @Override
    public List<AuditEntry> auditEntries() {
        return AuditEntry.success(PortalAuditType.APP_LAUNCH).account(accountId, email).client(client.ip(), client.userAgent())
                .application(applicationCode).asList();
    }
}
