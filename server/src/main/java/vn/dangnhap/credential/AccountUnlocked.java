package vn.dangnhap.credential;

import java.util.List;
import vn.dangnhap.audit.Audited;
import vn.dangnhap.audit.AuditEntry;
import java.util.UUID;

/**
 * A temporary lock (or the lock level it left) was cleared.
 *
 * @param accountId the account
 * @param loginName the e-mail, when known at that point (null for an admin release)
 * @param cause     {@code LOGIN} (a successful login reset the counter) or {@code ADMIN} (released by an administrator)
 */
public record AccountUnlocked(UUID accountId, String loginName, String cause) implements Audited {

    @Override
    public List<AuditEntry> auditEntries() {
        return AuditEntry.success(CredentialAuditType.UNLOCK).reason(cause).account(accountId, loginName).asList();
    }
}
