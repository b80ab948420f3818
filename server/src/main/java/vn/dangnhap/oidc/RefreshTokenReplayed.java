package vn.dangnhap.oidc;

import java.util.List;
import vn.dangnhap.audit.Audited;
import vn.dangnhap.audit.AuditEntry;

/** A refresh token already replaced by rotation was presented again; the grant was revoked. */
public record RefreshTokenReplayed(String clientId, String principalName) implements Audited {

    @Override
    public List<AuditEntry> auditEntries() {
        return AuditEntry.failure(OidcAuditType.REFRESH_REUSE, "GRANT_REVOKED")
                .account(OidcAuditType.accountOf(principalName), principalName).application(clientId)
                .detail("a rotated refresh token was presented again; the grant was revoked").asList();
    }
}
