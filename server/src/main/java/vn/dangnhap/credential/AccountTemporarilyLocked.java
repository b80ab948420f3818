package vn.dangnhap.credential;

import java.util.List;
import vn.dangnhap.audit.Audited;
import vn.dangnhap.audit.AuditEntry;
import java.time.Instant;
import java.util.UUID;

/**
 * Repeated failed logins locked a login name, or one known device of an account, for a while.
 *
 * @param accountId   null when no account has this name (unknown names lock the same way)
 * @param loginName   the e-mail that was typed
 * @param knownDevice true when the lock holds only for one known device of the account
 * @param lockNumber  1 for the first lock, 2 for the next…: each lasts longer
 * @param until       when the lock ends
 * @param clientIp    where the failure that locked it came from
 */
public record AccountTemporarilyLocked(UUID accountId, String loginName, boolean knownDevice, int lockNumber,
                                       Instant until, String clientIp) implements Audited {

    @Override
    public List<AuditEntry> auditEntries() {
        return AuditEntry.success(CredentialAuditType.TEMP_LOCK).reason(knownDevice ? "KNOWN_DEVICE" : "ACCOUNT")
                .account(accountId, loginName).client(clientIp, null).detail("lock " + lockNumber + " until " + until).asList();
    }
}
