package vn.dangnhap.credential;

import java.util.List;
import vn.dangnhap.audit.Audited;
import vn.dangnhap.audit.AuditEntry;
import java.util.UUID;
import vn.dangnhap.directory.LockReason;

/** The lifecycle job locked an account by a password rule (for the audit trail). */
public record PasswordRuleLocked(UUID accountId, String email, LockReason reason) implements Audited {

    @Override
    public List<AuditEntry> auditEntries() {
        return AuditEntry.success(CredentialAuditType.ACCOUNT_LOCKED).reason(reason.name()).account(accountId, email)
                .detail("password lifecycle job").asList();
    }
}
