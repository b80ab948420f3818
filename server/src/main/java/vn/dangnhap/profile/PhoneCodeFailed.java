package vn.dangnhap.profile;

import java.util.List;
import vn.dangnhap.audit.Audited;
import vn.dangnhap.audit.AuditEntry;
import java.util.UUID;
import vn.dangnhap.shared.ClientInfo;

/**
 * A code was refused.
 *
 * @param reason {@code WRONG_CODE}, {@code EXPIRED}, {@code TOO_MANY_TRIES} or {@code NO_CODE}
 */
public record PhoneCodeFailed(UUID accountId, String email, String reason, ClientInfo client) implements Audited {

    @Override
    public List<AuditEntry> auditEntries() {
        return AuditEntry.failure(ProfileAuditType.PHONE_CODE_FAILED, reason).account(accountId, email)
                .client(client.ip(), client.userAgent()).asList();
    }
}
