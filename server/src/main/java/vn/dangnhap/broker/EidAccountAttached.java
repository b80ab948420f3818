package vn.dangnhap.broker;

import java.util.List;
import vn.dangnhap.audit.Audited;
import vn.dangnhap.audit.AuditEntry;
import java.util.UUID;
import vn.dangnhap.shared.ClientInfo;

/**
 * After an e-ID login the citizen proved an old account (its user name and password): the old
 * account got the number verified, or — when an e-ID account held it already — was merged into it.
 *
 * @param signedInAccountId the account that was signed in (the old one, or the e-ID account it was merged into)
 */
public record EidAccountAttached(String alias, UUID oldAccountId, UUID signedInAccountId, boolean merged, String maskedPin,
                                 ClientInfo client) implements Audited {

    @Override
    public List<AuditEntry> auditEntries() {
        return AuditEntry.success(BrokerAuditType.EID_ATTACH).reason(merged ? "MERGED" : "VERIFIED")
                .account(signedInAccountId, maskedPin).client(client.ip(), client.userAgent()).application(alias)
                .detail("old account " + oldAccountId + " proven by its password").asList();
    }
}
