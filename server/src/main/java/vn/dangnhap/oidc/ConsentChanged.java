package vn.dangnhap.oidc;

import java.util.List;
import vn.dangnhap.audit.Audited;
import vn.dangnhap.audit.AuditEntry;
import java.util.Set;

/** An official granted (scopes not empty) or revoked (scopes empty) an application's consent. */
public record ConsentChanged(String clientId, String principalName, Set<String> scopes) implements Audited {

    @Override
    public List<AuditEntry> auditEntries() {
        return AuditEntry.success(revoked() ? OidcAuditType.CONSENT_REVOKED : OidcAuditType.CONSENT_GRANTED)
                .account(OidcAuditType.accountOf(principalName), principalName).application(clientId)
                .detail(revoked() ? null : "scopes: " + String.join(" ", new java.util.TreeSet<>(scopes))).asList();
    }

    public boolean revoked() {
        return scopes.isEmpty();
    }
}
