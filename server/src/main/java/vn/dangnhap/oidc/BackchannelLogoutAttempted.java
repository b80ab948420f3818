package vn.dangnhap.oidc;

import java.util.List;
import vn.dangnhap.audit.Audited;
import vn.dangnhap.audit.AuditEntry;

/**
 * One delivery attempt of a back-channel logout token to an application.
 *
 * @param outcome {@code DELIVERED}, {@code REFUSED} (the application refused it: not sent again), {@code RETRYING} or {@code GAVE_UP}
 */
public record BackchannelLogoutAttempted(String clientId, String subject, String outcome, int attempt, String error) implements Audited {

    @Override
    public List<AuditEntry> auditEntries() {
        var line = outcome.equals("DELIVERED") ? AuditEntry.success(OidcAuditType.BACKCHANNEL_LOGOUT).reason(outcome)
                : AuditEntry.failure(OidcAuditType.BACKCHANNEL_LOGOUT, outcome);
        return line.account(OidcAuditType.accountOf(subject), subject).application(clientId)
                .detail("attempt " + attempt + (error == null ? "" : ": " + error)).asList();
    }
}
