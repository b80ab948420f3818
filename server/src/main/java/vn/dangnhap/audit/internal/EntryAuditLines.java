package vn.dangnhap.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dangnhap.audit.AuditEvent;
import vn.dangnhap.audit.AuditLog;
import vn.dangnhap.entry.EntryRefused;

/**
 * One audit line type, {@code ENTRY_REFUSED}, for every refusal of the entry decision — portal,
 * OpenID Connect and CAS alike — with the reason, the protocol and the reference code the person was
 * shown. Citizens appear by login name: the user name or the masked number, never the full number.
 */
@Component
class EntryAuditLines {

    private final AuditLog log;

    EntryAuditLines(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(EntryRefused e) {
        String detail = e.protocol() + ", reference " + e.reference() + (e.detail() == null ? "" : ", " + e.detail());
        log.record(AuditEvent.of("ENTRY_REFUSED", "FAILURE", e.accountId(), e.loginName(), e.reason().name(),
                e.client() == null ? null : e.client().ip(), e.client() == null ? null : e.client().userAgent(),
                e.applicationCode(), detail));
    }
}
