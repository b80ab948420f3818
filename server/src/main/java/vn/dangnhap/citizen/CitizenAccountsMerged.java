package vn.dangnhap.citizen;

import java.util.List;
import java.util.UUID;
import vn.dangnhap.audit.AuditEntry;
import vn.dangnhap.audit.Audited;

/**
 * {@code mergedId} was merged into {@code survivorId}. Published inside the merging transaction:
 * listeners in other modules move what they keep per account (links, consents) to the survivor,
 * and a listener failure undoes the whole merge. {@code actor} is an admin's e-mail or
 * {@code self} when the citizen proved both accounts. The logins are what pages and the audit trail
 * may show ({@link CitizenAccount#displayLogin()}: numbers masked). One audit line on each account,
 * so each account's history shows the merge.
 */
public record CitizenAccountsMerged(UUID survivorId, String survivorLogin, UUID mergedId, String mergedLogin, String actor)
        implements Audited {

    @Override
    public List<AuditEntry> auditEntries() {
        return List.of(
                AuditEntry.success(CitizenAuditType.CITIZEN_MERGED).reason("MERGED_INTO").account(mergedId, mergedLogin)
                        .detail("merged into " + survivorLogin + " (" + survivorId + ") by " + actor + "; password removed").build(),
                AuditEntry.success(CitizenAuditType.CITIZEN_MERGED).reason("SURVIVOR").account(survivorId, survivorLogin)
                        .detail("took in " + mergedLogin + " (" + mergedId + ") by " + actor).build());
    }
}
