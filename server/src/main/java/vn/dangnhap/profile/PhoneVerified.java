package vn.dangnhap.profile;

import java.util.List;
import vn.dangnhap.audit.Audited;
import vn.dangnhap.audit.AuditEntry;
import java.util.UUID;
import vn.dangnhap.shared.ClientInfo;

/** The official typed the right code: the number is now the account's phone, verified. */
public record PhoneVerified(UUID accountId, String email, String maskedPhone, ClientInfo client) implements Audited {

    @Override
    public List<AuditEntry> auditEntries() {
        return AuditEntry.success(ProfileAuditType.PHONE_VERIFIED).account(accountId, email)
                .client(client.ip(), client.userAgent()).detail("phone " + maskedPhone).asList();
    }
}
