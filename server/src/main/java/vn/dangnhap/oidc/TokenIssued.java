package vn.dangnhap.oidc;

import java.util.List;
import vn.dangnhap.audit.Audited;
import vn.dangnhap.audit.AuditEntry;
import java.util.Set;

/** Tokens were issued to an application. Never carries a token value. */
public record TokenIssued(String clientId, String principalName, String grantType, Set<String> scopes) implements Audited {

    @Override
    public List<AuditEntry> auditEntries() {
        return AuditEntry.success(OidcAuditType.TOKEN_ISSUED).reason(grantType)
                .account(OidcAuditType.accountOf(principalName), principalName).application(clientId)
                .detail("scopes: " + String.join(" ", new java.util.TreeSet<>(scopes))).asList();
    }
}
