package vn.dangnhap.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dangnhap.audit.AuditEvent;
import vn.dangnhap.audit.AuditLog;
import vn.dangnhap.profile.PhoneCodeFailed;
import vn.dangnhap.profile.PhoneCodeSent;
import vn.dangnhap.profile.PhoneVerified;

/** Audit lines of the phone check on the profile page; numbers only ever appear masked. */
@Component
class ProfileAuditLines {

    private final AuditLog log;

    ProfileAuditLines(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(PhoneCodeSent e) {
        log.record(AuditEvent.of("PHONE_CODE_SENT", "SUCCESS", e.accountId(), e.email(), null,
                e.client().ip(), e.client().userAgent(), null, "to " + e.maskedPhone()));
    }

    @EventListener
    void on(PhoneVerified e) {
        log.record(AuditEvent.of("PHONE_VERIFIED", "SUCCESS", e.accountId(), e.email(), null,
                e.client().ip(), e.client().userAgent(), null, "phone " + e.maskedPhone()));
    }

    @EventListener
    void on(PhoneCodeFailed e) {
        log.record(AuditEvent.of("PHONE_CODE_FAILED", "FAILURE", e.accountId(), e.email(), e.reason(),
                e.client().ip(), e.client().userAgent(), null, null));
    }
}
