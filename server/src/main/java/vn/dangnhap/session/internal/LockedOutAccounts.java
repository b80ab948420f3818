package vn.dangnhap.session.internal;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.dangnhap.citizen.CitizenAccountDisabled;
import vn.dangnhap.citizen.CitizenAccountsMerged;
import vn.dangnhap.directory.AccountStatus;
import vn.dangnhap.directory.OfficialStatusChanged;

/**
 * An account that may no longer sign in keeps no open SSO session: an official locked or disabled,
 * a citizen account disabled or merged into another. Its sessions end once the change is committed,
 * and like any session end that logs the person out of the applications too.
 */
@Component
class LockedOutAccounts {

    private static final Logger log = LoggerFactory.getLogger(LockedOutAccounts.class);

    private final OpenSessions sessions;

    LockedOutAccounts(OpenSessions sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(OfficialStatusChanged changed) {
        if (changed.status() != AccountStatus.ACTIVE) {
            endSessionsOf(changed.accountId(), changed.status().name());
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CitizenAccountDisabled changed) {
        if (changed.disabled()) {
            endSessionsOf(changed.accountId(), "DISABLED");
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CitizenAccountsMerged merged) {
        endSessionsOf(merged.mergedId(), "MERGED");
    }

    private void endSessionsOf(UUID accountId, String why) {
        int ended = sessions.endAllOf(accountId);
        if (ended > 0) {
            log.info("Ended {} SSO session(s) of account {} ({})", ended, accountId, why);
        }
    }
}
