package vn.dangnhap.citizen;

import java.util.List;
import vn.dangnhap.audit.Audited;
import vn.dangnhap.audit.AuditEntry;
import java.util.UUID;

/**
 * A citizen consented to the processing of personal data (Law 91/2025/QH15): {@code purpose},
 * the version of the consent text shown, and the data items concerned (names, never values).
 */
public record CitizenConsentGiven(UUID accountId, String loginName, String purpose, String textVersion,
                                  String dataItems, String clientIp) implements Audited {

    @Override
    public List<AuditEntry> auditEntries() {
        return AuditEntry.success(CitizenAuditType.CITIZEN_CONSENT).reason(purpose).account(accountId, loginName)
                .client(clientIp, null).detail("text " + textVersion + "; data " + dataItems).asList();
    }
}
