package vn.dangnhap.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dangnhap.audit.AuditEvent;
import vn.dangnhap.audit.AuditLog;
import vn.dangnhap.citizen.CitizenConsentGiven;
import vn.dangnhap.citizen.CitizenVerificationAttempted;

/**
 * Audit lines of citizen account verification against the National Population Database, and of
 * the consents given for it. Numbers only ever appear masked. (Refusals of citizen passwords after
 * the cut-off are {@code LOGIN FAILURE PASSWORD_LOGIN_ENDED} lines of the login audit.)
 */
@Component
class CitizenVerificationAuditLines {

    private final AuditLog log;

    CitizenVerificationAuditLines(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(CitizenVerificationAttempted e) {
        String outcome = e.outcome() == CitizenVerificationAttempted.Outcome.MATCH ? "SUCCESS" : "FAILURE";
        String detail = "CCCD " + e.maskedPin() + (e.detail() == null ? "" : "; " + e.detail());
        log.record(AuditEvent.of("CITIZEN_VERIFY", outcome, e.accountId(), e.loginName(), e.outcome().name(),
                e.clientIp(), null, null, detail));
    }

    @EventListener
    void on(CitizenConsentGiven e) {
        log.record(AuditEvent.of("CITIZEN_CONSENT", "SUCCESS", e.accountId(), e.loginName(), e.purpose(),
                e.clientIp(), null, null, "text " + e.textVersion() + "; data " + e.dataItems()));
    }
}
