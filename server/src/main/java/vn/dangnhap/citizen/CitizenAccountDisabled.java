package vn.dangnhap.citizen;

import java.util.List;
import vn.dangnhap.audit.Audited;
import vn.dangnhap.audit.AuditEntry;
import java.util.UUID;

/**
 * An administrator disabled ({@code disabled}) or enabled again a citizen account; {@code reason} is
 * {@code ADMIN} for one account or {@code BULK_UNVERIFIED_AFTER_CUTOFF} for the bulk action.
 */
public record CitizenAccountDisabled(UUID accountId, String displayLogin, boolean disabled, String reason,
                                     CleanupActor actor) implements Audited {

    @Override
    public List<AuditEntry> auditEntries() {
        return AuditEntry.success(disabled ? CitizenAuditType.CITIZEN_DISABLED : CitizenAuditType.CITIZEN_ENABLED).reason(reason)
                .account(accountId, displayLogin).client(actor.ip(), actor.userAgent()).detail("by " + actor.email()).asList();
    }
}
