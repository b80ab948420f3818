package vn.dangnhap.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dangnhap.audit.AuditLog;
import vn.dangnhap.audit.Audited;

/**
 * Writes the lines of every {@link Audited} event the other modules publish — in the publisher's
 * transaction, like any synchronous listener — without knowing a single event class.
 */
@Component
class AuditListener {

    private final AuditLog log;

    AuditListener(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(Audited event) {
        event.auditEntries().forEach(log::record);
    }
}
