package vn.dangnhap.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dangnhap.audit.AuditEvent;
import vn.dangnhap.audit.AuditLog;
import vn.dangnhap.cas.CasLogoutAttempted;
import vn.dangnhap.cas.CasTicketIssued;
import vn.dangnhap.cas.CasTicketValidated;
import vn.dangnhap.credential.AccountTemporarilyLocked;
import vn.dangnhap.credential.AccountUnlocked;
import vn.dangnhap.credential.ClientThrottled;
import vn.dangnhap.credential.PasswordRuleLocked;
import vn.dangnhap.linking.AppLink;
import vn.dangnhap.linking.LinkClaimRefused;
import vn.dangnhap.linking.LinkConfirmed;
import vn.dangnhap.linking.LinkCreated;
import vn.dangnhap.linking.LinkRemoved;
import vn.dangnhap.login.LoggedOut;
import vn.dangnhap.login.LoginFailed;
import vn.dangnhap.login.LoginSucceeded;
import vn.dangnhap.oidc.BackchannelLogoutAttempted;
import vn.dangnhap.oidc.ConsentChanged;
import vn.dangnhap.oidc.RefreshTokenReplayed;
import vn.dangnhap.oidc.TokenIssued;
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
    void on(AccountTemporarilyLocked e) {
        log.record(AuditEvent.of("TEMP_LOCK", "SUCCESS", e.accountId(), e.loginName(), e.knownDevice() ? "KNOWN_DEVICE" : "ACCOUNT",
                e.clientIp(), null, null, "lock " + e.lockNumber() + " until " + e.until()));
    }

    @EventListener
    void on(AccountUnlocked e) {
        log.record(AuditEvent.of("UNLOCK", "SUCCESS", e.accountId(), e.loginName(), e.cause(), null, null, null, null));
    }

    @EventListener
    void on(ClientThrottled e) {
        log.record(AuditEvent.of("CLIENT_THROTTLE", "SUCCESS", null, null, null,
                e.clientIp(), null, null, "lock " + e.lockNumber() + " until " + e.until()));
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

    @EventListener
    void on(TokenIssued e) {
        log.record(AuditEvent.of("TOKEN_ISSUED", "SUCCESS", accountId(e.principalName()), e.principalName(), e.grantType(),
                null, null, e.clientId(), "scopes: " + String.join(" ", new java.util.TreeSet<>(e.scopes()))));
    }

    @EventListener
    void on(RefreshTokenReplayed e) {
        log.record(AuditEvent.of("REFRESH_REUSE", "FAILURE", accountId(e.principalName()), e.principalName(), "GRANT_REVOKED",
                null, null, e.clientId(), "a rotated refresh token was presented again; the grant was revoked"));
    }

    @EventListener
    void on(ConsentChanged e) {
        log.record(AuditEvent.of(e.revoked() ? "CONSENT_REVOKED" : "CONSENT_GRANTED", "SUCCESS", accountId(e.principalName()),
                e.principalName(), null, null, null, e.clientId(),
                e.revoked() ? null : "scopes: " + String.join(" ", new java.util.TreeSet<>(e.scopes()))));
    }

    @EventListener
    void on(BackchannelLogoutAttempted e) {
        log.record(AuditEvent.of("BACKCHANNEL_LOGOUT", e.outcome().equals("DELIVERED") ? "SUCCESS" : "FAILURE",
                accountId(e.subject()), e.subject(), e.outcome(), null, null, e.clientId(),
                "attempt " + e.attempt() + (e.error() == null ? "" : ": " + e.error())));
    }

    @EventListener
    void on(PasswordRuleLocked e) {
        log.record(AuditEvent.of("ACCOUNT_LOCKED", "SUCCESS", e.accountId(), e.email(), e.reason().name(),
                null, null, null, "password lifecycle job"));
    }

    @EventListener
    void on(LinkCreated e) {
        log.record(AuditEvent.of("LINK_CREATED", "SUCCESS", e.link().accountId(), e.accountEmail(), e.link().origin().name(),
                null, null, e.link().applicationCode(), linkDetail(e.link(), e.actor())));
    }

    @EventListener
    void on(LinkConfirmed e) {
        log.record(AuditEvent.of("LINK_CONFIRMED", "SUCCESS", e.link().accountId(), e.accountEmail(), e.link().origin().name(),
                null, null, e.link().applicationCode(), linkDetail(e.link(), e.actor())));
    }

    @EventListener
    void on(LinkRemoved e) {
        log.record(AuditEvent.of(e.refused() ? "LINK_REFUSED" : "LINK_REMOVED", "SUCCESS", e.link().accountId(),
                e.accountEmail(), e.link().origin().name(), null, null, e.link().applicationCode(), linkDetail(e.link(), e.actor())));
    }

    @EventListener
    void on(LinkClaimRefused e) {
        log.record(AuditEvent.of("LINK_CLAIM", "FAILURE", e.accountId(), e.accountEmail(), e.reason(), null, null,
                e.applicationCode(), "application account " + e.applicationAccount() + " by " + e.actor()));
    }

    @EventListener
    void on(CasTicketIssued e) {
        log.record(AuditEvent.of("CAS_TICKET_ISSUED", "SUCCESS", e.accountId(), e.email(), e.kind(),
                e.client() == null ? null : e.client().ip(), e.client() == null ? null : e.client().userAgent(),
                e.serviceCode(), "service " + e.service()));
    }

    @EventListener
    void on(CasTicketValidated e) {
        log.record(AuditEvent.of("CAS_TICKET_VALIDATED", e.success() ? "SUCCESS" : "FAILURE", e.accountId(), e.principal(),
                e.success() ? null : e.errorCode(), e.ip(), null, e.serviceCode(), e.endpoint() + " service " + e.service()));
    }

    @EventListener
    void on(CasLogoutAttempted e) {
        log.record(AuditEvent.of("CAS_LOGOUT", e.outcome().equals("DELIVERED") ? "SUCCESS" : "FAILURE", e.accountId(), null,
                e.outcome(), null, null, e.serviceCode(), "attempt " + e.attempt() + (e.error() == null ? "" : ": " + e.error())));
    }

    private static String linkDetail(AppLink link, String actor) {
        return "application account " + link.applicationAccount() + " (" + link.status() + ") by " + actor;
    }

    /** OIDC subjects of officials are account ids; a client acting for itself has none. */
    private static java.util.UUID accountId(String subject) {
        try {
            return java.util.UUID.fromString(subject);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
