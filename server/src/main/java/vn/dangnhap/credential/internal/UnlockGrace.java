package vn.dangnhap.credential.internal;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dangnhap.directory.AccountStatus;
import vn.dangnhap.directory.OfficialStatusChanged;

/**
 * An account an admin made active again (unlocked or re-enabled) gets a grace period before the
 * time rules may lock it again: otherwise the next run would lock an expired password at once.
 */
@Component
class UnlockGrace {

    private final LifecycleStore store;
    private final Clock clock;

    UnlockGrace(LifecycleStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @EventListener
    void on(OfficialStatusChanged changed) {
        if (changed.status() == AccountStatus.ACTIVE) {
            store.grantGrace(changed.accountId(), clock.instant());
        }
    }
}
