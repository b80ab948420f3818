package vn.dangnhap.audit;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.dangnhap.audit.internal.AuditStore;

/** Writes to and reads the audit trail. There is no update and no delete. */
@Service
public class AuditLog {

    private final AuditStore store;
    private final Clock clock;

    public AuditLog(AuditStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public void record(AuditEntry entry) {
        store.append(entry, clock.instant());
    }

    /** The lines about any of these accounts (e.g. one account and the accounts merged into it), newest first. */
    public List<AuditEvent> ofAccounts(java.util.Collection<java.util.UUID> accountIds, int limit) {
        return accountIds.isEmpty() ? List.of() : store.byAccounts(accountIds, Math.clamp(limit, 1, 1000));
    }

    /** Newest first. */
    public List<AuditEvent> search(AuditQuery query) {
        return store.search(query);
    }
}
