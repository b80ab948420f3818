package vn.dangnhap.broker;

import java.util.List;
import vn.dangnhap.audit.Audited;
import vn.dangnhap.audit.AuditEntry;
import java.util.UUID;
import vn.dangnhap.shared.ClientInfo;

/**
 * An attempt to attach an old account after an e-ID login was refused (wrong password, an account
 * that does not claim the number, throttled). Nothing was changed.
 *
 * @param accountId the old account, when the typed user name exists
 */
public record EidAttachRefused(String alias, String typedUsername, UUID accountId, String reason, String maskedPin,
                               ClientInfo client) implements Audited {

    @Override
    public List<AuditEntry> auditEntries() {
        return AuditEntry.failure(BrokerAuditType.EID_ATTACH, reason).account(accountId, typedUsername)
                .client(client.ip(), client.userAgent()).application(alias).detail("e-ID " + maskedPin).asList();
    }
}
