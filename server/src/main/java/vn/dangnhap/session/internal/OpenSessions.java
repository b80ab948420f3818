package vn.dangnhap.session.internal;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import vn.dangnhap.shared.SignedInPerson;

/**
 * The SSO sessions open on this node, to end an account's sessions at once. Ending one is
 * invalidating it, so it ends like any other session ({@link SessionEndings}: the applications are
 * told). Per node for now: with sessions in Spring Session (the cluster work) this class becomes a
 * look-up in its find-by-principal index and a delete; its one method stays.
 */
@Component
class OpenSessions implements HttpSessionListener, HttpSessionIdListener {

    private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.put(event.getSession().getId(), event.getSession());
    }

    /** The id changes at login (session fixation protection). */
    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        sessions.remove(oldSessionId);
        sessions.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession().getId());
    }

    /** Ends every open session signed in to the account; returns how many. */
    int endAllOf(UUID accountId) {
        int ended = 0;
        for (HttpSession session : List.copyOf(sessions.values())) {
            try {
                if (session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext context
                        && context.getAuthentication() != null
                        && context.getAuthentication().getPrincipal() instanceof SignedInPerson person
                        && person.accountId().equals(accountId)) {
                    session.invalidate();
                    ended++;
                }
            } catch (IllegalStateException alreadyInvalidated) {
                sessions.remove(session.getId());
            }
        }
        return ended;
    }
}
