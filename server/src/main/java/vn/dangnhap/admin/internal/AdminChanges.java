package vn.dangnhap.admin.internal;

import org.springframework.stereotype.Component;
import vn.dangnhap.audit.AuditEvent;
import vn.dangnhap.audit.AuditLog;

/** Writes one {@code ADMIN_CHANGE} line of the audit trail per change an administrator makes. */
@Component
class AdminChanges {

    static final String TYPE = "ADMIN_CHANGE";

    private final AuditLog audit;

    AdminChanges(AuditLog audit) {
        this.audit = audit;
    }

    /**
     * @param action      what was done, e.g. {@code OFFICIAL_CREATED}
     * @param application the application concerned, or null
     * @param detail      a short description; never a password
     */
    void record(AdminActor actor, String action, String application, String detail) {
        audit.record(AuditEvent.of(TYPE, "SUCCESS", actor.accountId(), actor.email(), action,
                actor.client().ip(), actor.client().userAgent(), application, detail));
    }
}
