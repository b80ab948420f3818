package vn.dangnhap.login;

import java.util.List;
import vn.dangnhap.audit.Audited;
import vn.dangnhap.audit.AuditEntry;
import vn.dangnhap.shared.ClientInfo;
import java.util.UUID;

/**
 * A login was refused. {@code typedUsername} is what was typed (cut to 256 characters);
 * {@code accountId} is set only when the account exists. Never carries the password.
 */
public record LoginFailed(String typedUsername, UUID accountId, LoginFailureReason reason, ClientInfo client) implements Audited {

    @Override
    public List<AuditEntry> auditEntries() {
        return AuditEntry.failure(LoginAuditType.LOGIN, reason.name()).account(accountId, typedUsername)
                .client(client.ip(), client.userAgent()).asList();
    }
}
