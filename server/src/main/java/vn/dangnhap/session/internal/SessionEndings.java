package vn.dangnhap.session.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import vn.dangnhap.session.SessionSid;
import vn.dangnhap.session.SsoSessionEnded;
import vn.dangnhap.shared.SignedInPerson;

/**
 * Turns the end of a stored session that carried a signed-in official or citizen into {@link
 * SsoSessionEnded}, whatever ended it (logout, idle timeout, an account locked or merged away:
 * {@link LockedOutAccounts}). The session store calls it once per session in the whole cluster:
 * from the node whose delete removed the row ({@link DatabaseSessions}) or that won the claim on
 * Redis's expiry event ({@link RedisSessionStore}).
 */
@Component
class SessionEndings {

    private final ApplicationEventPublisher events;

    SessionEndings(ApplicationEventPublisher events) {
        this.events = events;
    }

    void ended(String sessionId, Object securityContext) {
        if (securityContext instanceof SecurityContext context && context.getAuthentication() != null
                && context.getAuthentication().getPrincipal() instanceof SignedInPerson person) {
            events.publishEvent(new SsoSessionEnded(SessionSid.of(sessionId), person.accountId(), person.loginName()));
        }
    }
}
