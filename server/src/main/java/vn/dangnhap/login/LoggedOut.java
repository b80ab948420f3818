package vn.dangnhap.login;

import java.util.List;
import vn.dangnhap.audit.Audited;
import vn.dangnhap.audit.AuditEntry;
import vn.dangnhap.shared.ClientInfo;
import java.util.UUID;

/** Someone ended the SSO session ({@code email}: the official's e-mail or the citizen's login name). */
public record LoggedOut(UUID accountId, String email, ClientInfo client) implements Audited {

    @Override
    public List<AuditEntry> auditEntries() {
        return AuditEntry.success(LoginAuditType.LOGOUT).account(accountId, email).client(client.ip(), client.userAgent())
                .asList();
    }
}
