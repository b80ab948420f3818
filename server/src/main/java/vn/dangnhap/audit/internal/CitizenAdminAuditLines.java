package vn.dangnhap.audit.internal;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dangnhap.audit.AuditEvent;
import vn.dangnhap.audit.AuditLog;
import vn.dangnhap.citizen.CitizenAccount;
import vn.dangnhap.citizen.CitizenAccountDisabled;
import vn.dangnhap.citizen.CitizenAccounts;
import vn.dangnhap.citizen.CitizenAccountsExported;
import vn.dangnhap.citizen.CitizenAccountsMerged;
import vn.dangnhap.citizen.CitizenBulkDisabled;
import vn.dangnhap.linking.AccountLinksMoved;
import vn.dangnhap.linking.AppLink;

/**
 * Audit lines of the citizen clean-up: merges (one line on each account, so each account's history
 * shows it), links moved by a merge, disabling (one line per account, also in bulk, plus a summary
 * line for the bulk run) and exports. The account column holds the citizen account for lines about
 * one citizen, the administrator for exports and bulk runs. Identity numbers appear masked only
 * ({@link CitizenAccount#displayLogin()}).
 */
@Component
class CitizenAdminAuditLines {

    private final AuditLog log;
    private final CitizenAccounts accounts;

    CitizenAdminAuditLines(AuditLog log, CitizenAccounts accounts) {
        this.log = log;
        this.accounts = accounts;
    }

    @EventListener
    void on(CitizenAccountsMerged e) {
        String survivor = display(e.survivorId());
        String merged = display(e.mergedId());
        log.record(AuditEvent.of("CITIZEN_MERGED", "SUCCESS", e.mergedId(), merged, "MERGED_INTO", null, null, null,
                "merged into " + survivor + " (" + e.survivorId() + ") by " + e.actor() + "; password removed"));
        log.record(AuditEvent.of("CITIZEN_MERGED", "SUCCESS", e.survivorId(), survivor, "SURVIVOR", null, null, null,
                "took in " + merged + " (" + e.mergedId() + ") by " + e.actor()));
    }

    @EventListener
    void on(AccountLinksMoved e) {
        String detail = "from " + e.fromAccountId() + " by " + e.actor() + ": moved [" + names(e.moved())
                + "]; left on the merged account, the survivor keeps its own [" + names(e.leftBehind()) + "]";
        log.record(AuditEvent.of("CITIZEN_LINKS_MOVED", "SUCCESS", e.toAccountId(), display(e.toAccountId()),
                e.leftBehind().isEmpty() ? "ALL_MOVED" : "SOME_LEFT_BEHIND", null, null, null, detail));
    }

    @EventListener
    void on(CitizenAccountDisabled e) {
        log.record(AuditEvent.of(e.disabled() ? "CITIZEN_DISABLED" : "CITIZEN_ENABLED", "SUCCESS", e.accountId(),
                e.displayLogin(), e.reason(), e.actor().ip(), e.actor().userAgent(), null, "by " + e.actor().email()));
    }

    @EventListener
    void on(CitizenBulkDisabled e) {
        log.record(AuditEvent.of("CITIZEN_BULK_DISABLE", "SUCCESS", e.actor().accountId(), e.actor().email(),
                "BULK_UNVERIFIED_AFTER_CUTOFF", e.actor().ip(), e.actor().userAgent(), null,
                e.count() + " unverified legacy accounts disabled (cut-off " + e.cutoff() + ")"));
    }

    @EventListener
    void on(CitizenAccountsExported e) {
        log.record(AuditEvent.of("CITIZEN_EXPORT", "SUCCESS", e.actor().accountId(), e.actor().email(),
                e.category().name(), e.actor().ip(), e.actor().userAgent(), null,
                e.rows() + " rows" + (e.filter() == null ? "" : ", " + e.filter()) + ", numbers masked"));
    }

    private String display(java.util.UUID id) {
        return accounts.find(id).map(CitizenAccount::displayLogin).orElse(id.toString());
    }

    private static String names(List<AppLink> links) {
        return links.stream().map(l -> l.applicationCode() + "=" + l.applicationAccount()).collect(Collectors.joining(", "));
    }
}
