package vn.dangnhap.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dangnhap.audit.AuditEvent;
import vn.dangnhap.audit.AuditLog;
import vn.dangnhap.oidc.AuthorizationRefused;

/**
 * Audit lines of OpenID Connect sign-ins refused because the application is not for this kind of
 * account (a citizen at an application for officials, and the reverse). Citizens appear by login
 * name: the user name or the masked number, never the full number.
 */
@Component
class ApplicationAudienceAuditLines {

    private final AuditLog log;

    ApplicationAudienceAuditLines(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(AuthorizationRefused e) {
        log.record(AuditEvent.of("OIDC_AUTHORIZE", "FAILURE", e.accountId(), e.loginName(), e.reason(),
                e.client().ip(), e.client().userAgent(), e.clientId(), null));
    }
}
