package vn.dangnhap.linking;

import java.util.List;
import vn.dangnhap.audit.AuditEntry;
import vn.dangnhap.audit.Audited;
import java.util.UUID;

/**
 * A citizen account was merged into another: its links {@code moved} to the survivor. Where the
 * survivor already had a link to the same application the survivor's link is kept and the merged
 * account's one is {@code leftBehind} on the merged account (which can no longer sign in).
 */
public record AccountLinksMoved(UUID fromAccountId, UUID toAccountId, String toLogin, List<AppLink> moved,
                                List<AppLink> leftBehind, String actor) implements Audited {

    @Override
    public List<AuditEntry> auditEntries() {
        String detail = "from " + fromAccountId + " by " + actor + ": moved [" + names(moved)
                + "]; left on the merged account, the survivor keeps its own [" + names(leftBehind) + "]";
        return AuditEntry.success(LinkingAuditType.CITIZEN_LINKS_MOVED)
                .reason(leftBehind.isEmpty() ? "ALL_MOVED" : "SOME_LEFT_BEHIND").account(toAccountId, toLogin)
                .detail(detail).asList();
    }

    private static String names(List<AppLink> links) {
        return String.join(", ", links.stream().map(l -> l.applicationCode() + "=" + l.applicationAccount()).toList());
    }
}
