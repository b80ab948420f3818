package vn.dangnhap.profile;

import java.util.List;
import vn.dangnhap.audit.Audited;
import vn.dangnhap.audit.AuditEntry;
import java.util.UUID;
import vn.dangnhap.shared.ClientInfo;

/** A one-time code went to the number an official wants to use; {@code maskedPhone} hides the middle digits. */
public record PhoneCodeSent(UUID accountId, String email, String maskedPhone, ClientInfo client) implements Audited {

    @Override
    public List<AuditEntry> auditEntries() {
        return AuditEntry.success(ProfileAuditType.PHONE_CODE_SENT).account(accountId, email)
                .client(client.ip(), client.userAgent()).detail("to " + maskedPhone).asList();
    }
}
