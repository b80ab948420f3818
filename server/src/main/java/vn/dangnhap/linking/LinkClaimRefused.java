package vn.dangnhap.linking;

import java.util.List;
import vn.dangnhap.audit.Audited;
import vn.dangnhap.audit.AuditEntry;
import java.util.UUID;

/**
 * Someone tried to link an application account name that belongs to another official, or a second
 * link to an application the official is already linked to.
 *
 * @param reason {@code NAME_CLAIMED} or {@code ALREADY_LINKED}
 */
public record LinkClaimRefused(UUID accountId, String accountEmail, String applicationCode, String applicationAccount,
                               String reason, String actor) implements Audited {

    @Override
    public List<AuditEntry> auditEntries() {
        return AuditEntry.failure(LinkingAuditType.LINK_CLAIM, reason).account(accountId, accountEmail)
                .application(applicationCode).detail("application account " + applicationAccount + " by " + actor).asList();
    }
}
