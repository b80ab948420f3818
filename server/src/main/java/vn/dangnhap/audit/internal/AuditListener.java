package vn.dangnhap.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dangnhap.audit.AuditEvent;
import vn.dangnhap.audit.AuditLog;
import vn.dangnhap.login.LoggedOut;
import vn.dangnhap.login.LoginFailed;
import vn.dangnhap.login.LoginSucceeded;
import vn.dangnhap.portal.ApplicationLaunched;

/** Turns the other modules' events into audit lines. */
@Component
class AuditListener {

    private final AuditLog log;

    AuditListener(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(LoginSucceeded e) {
        log.record(AuditEvent.of("LOGIN", "SUCCESS", e.accountId(), e.email(), null,
                e.client().ip(), e.client().userAgent(), null, null));
    }

    @EventListener
    void on(LoginFailed e) {
        log.record(AuditEvent.of("LOGIN", "FAILURE", e.accountId(), e.typedUsername(), e.reason().name(),
                e.client().ip(), e.client().userAgent(), null, null));
    }

    @EventListener
    void on(LoggedOut e) {
        log.record(AuditEvent.of("LOGOUT", "SUCCESS", e.accountId(), e.email(), null,
                e.client().ip(), e.client().userAgent(), null, null));
    }

    @EventListener
    void on(ApplicationLaunched e) {
        log.record(AuditEvent.of("APP_LAUNCH", "SUCCESS", e.accountId(), e.email(), null,
                e.client().ip(), e.client().userAgent(), e.applicationCode(), null));
    }
}
