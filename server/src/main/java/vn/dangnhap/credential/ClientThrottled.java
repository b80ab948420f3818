package vn.dangnhap.credential;

import java.util.List;
import vn.dangnhap.audit.Audited;
import vn.dangnhap.audit.AuditEntry;
import java.time.Instant;

/** A client address failed too many logins, across accounts, and must wait until {@code until}. */
public record ClientThrottled(String clientIp, int lockNumber, Instant until) implements Audited {

    @Override
    public List<AuditEntry> auditEntries() {
        return AuditEntry.success(CredentialAuditType.CLIENT_THROTTLE).client(clientIp, null)
                .detail("lock " + lockNumber + " until " + until).asList();
    }
}
