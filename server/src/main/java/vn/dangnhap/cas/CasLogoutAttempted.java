package vn.dangnhap.cas;

import java.util.List;
import vn.dangnhap.audit.Audited;
import vn.dangnhap.audit.AuditEntry;
import java.util.UUID;

/**
 * One attempt to deliver a single-logout {@code LogoutRequest} to a CAS application.
 *
 * @param outcome {@code DELIVERED}, {@code REFUSED} (the application refused it: not sent again), {@code RETRYING} or {@code GAVE_UP}
 */
public record CasLogoutAttempted(String serviceCode, UUID accountId, String outcome, int attempt, String error) implements Audited {

    @Override
    public List<AuditEntry> auditEntries() {
        var line = outcome.equals("DELIVERED") ? AuditEntry.success(CasAuditType.CAS_LOGOUT).reason(outcome)
                : AuditEntry.failure(CasAuditType.CAS_LOGOUT, outcome);
        return line.account(accountId, null).application(serviceCode)
                .detail("attempt " + attempt + (error == null ? "" : ": " + error)).asList();
    }
}
