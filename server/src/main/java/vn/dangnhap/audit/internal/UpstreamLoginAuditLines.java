package vn.dangnhap.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dangnhap.audit.AuditEvent;
import vn.dangnhap.audit.AuditLog;
import vn.dangnhap.broker.EidAccountAttached;
import vn.dangnhap.broker.EidAttachRefused;
import vn.dangnhap.broker.UpstreamLoginFailed;
import vn.dangnhap.broker.UpstreamLoginSucceeded;

/**
 * Audit lines of the login through an upstream identity provider (VNeID): success, failure and
 * cancellation, accounts created from an e-ID, old accounts attached by proof or refused.
 * Personal identification numbers only ever appear masked; the provider alias is the "application".
 */
@Component
class UpstreamLoginAuditLines {

    private final AuditLog log;

    UpstreamLoginAuditLines(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(UpstreamLoginSucceeded e) {
        log.record(AuditEvent.of("UPSTREAM_LOGIN", "SUCCESS", e.accountId(), e.maskedPin(), e.accountKind(),
                e.client().ip(), e.client().userAgent(), e.alias(), "IAL " + (e.ial() == null ? "-" : e.ial())));
        if (e.created()) {
            log.record(AuditEvent.of("EID_ACCOUNT_CREATED", "SUCCESS", e.accountId(), e.maskedPin(), null,
                    e.client().ip(), e.client().userAgent(), e.alias(), "citizen account created from the e-ID login"));
        }
    }

    @EventListener
    void on(UpstreamLoginFailed e) {
        log.record(AuditEvent.of("UPSTREAM_LOGIN", "CANCELLED".equals(e.reason()) ? "CANCELLED" : "FAILURE", null, null,
                e.reason(), e.client().ip(), e.client().userAgent(), e.alias(), e.detail()));
    }

    @EventListener
    void on(EidAccountAttached e) {
        log.record(AuditEvent.of("EID_ATTACH", "SUCCESS", e.signedInAccountId(), e.maskedPin(), e.merged() ? "MERGED" : "VERIFIED",
                e.client().ip(), e.client().userAgent(), e.alias(), "old account " + e.oldAccountId() + " proven by its password"));
    }

    @EventListener
    void on(EidAttachRefused e) {
        log.record(AuditEvent.of("EID_ATTACH", "FAILURE", e.accountId(), e.typedUsername(), e.reason(),
                e.client().ip(), e.client().userAgent(), e.alias(), "e-ID " + e.maskedPin()));
    }
}
