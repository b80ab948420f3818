package vn.dangnhap.login;

import java.util.List;
import vn.dangnhap.audit.Audited;
import vn.dangnhap.audit.AuditEntry;
import vn.dangnhap.shared.ClientInfo;
import java.util.UUID;

/**
 * Someone signed in. {@code loginName} is the official's e-mail or the citizen's login name (a
 * masked number for an e-ID account); {@code method} is how: {@code password}, or the alias of the
 * upstream identity provider (e.g. {@code vneid}).
 */
public record LoginSucceeded(UUID accountId, String email, ClientInfo client, String method) implements Audited {

    @Override
    public List<AuditEntry> auditEntries() {
        return AuditEntry.success(LoginAuditType.LOGIN).account(accountId, email).client(client.ip(), client.userAgent())
                .asList();
    }


    /** A password login through the form. */
    public LoginSucceeded(UUID accountId, String email, ClientInfo client) {
        this(accountId, email, client, "password");
    }
}
