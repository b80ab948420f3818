package vn.dangnhap.broker;

import java.util.List;
import vn.dangnhap.audit.Audited;
import vn.dangnhap.audit.AuditEntry;
import java.util.UUID;
import vn.dangnhap.shared.ClientInfo;

/**
 * A login through an upstream provider signed someone in.
 *
 * @param accountKind {@code CITIZEN} or {@code OFFICIAL}
 * @param created     the citizen account was created by this login
 * @param maskedPin   the personal identification number, masked
 */
public record UpstreamLoginSucceeded(String alias, UUID accountId, String accountKind, boolean created, String maskedPin,
                                     Integer ial, ClientInfo client) implements Audited {

    @Override
    public List<AuditEntry> auditEntries() {
        var login = AuditEntry.success(BrokerAuditType.UPSTREAM_LOGIN).reason(accountKind).account(accountId, maskedPin)
                .client(client.ip(), client.userAgent()).application(alias).detail("IAL " + (ial == null ? "-" : ial)).build();
        if (!created) {
            return List.of(login);
        }
        return List.of(login, AuditEntry.success(BrokerAuditType.EID_ACCOUNT_CREATED).account(accountId, maskedPin)
                .client(client.ip(), client.userAgent()).application(alias)
                .detail("citizen account created from the e-ID login").build());
    }
}
