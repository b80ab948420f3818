package vn.dangnhap.login.internal;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.dangnhap.directory.AccountStatus;
import vn.dangnhap.directory.OfficialStatusChanged;
import vn.dangnhap.citizen.CitizenAccountDisabled;
import vn.dangnhap.citizen.CitizenAccountsMerged;
import vn.dangnhap.login.SignedInAccount;

/**
 * The SSO sessions open on this node. When an account is locked or disabled (an official), or
 * disabled or merged away (a citizen), its sessions end at once — which, like any session end,
 * logs the person out of the applications too
 * (back-channel logout). Per node until sessions move to Redis with the cluster work.
 */
@Component
class OpenSessions implements HttpSessionListener, HttpSessionIdListener {

    private static final Logger log = LoggerFactory.getLogger(OpenSessions.class);

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

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(OfficialStatusChanged changed) {
        if (changed.status() != AccountStatus.ACTIVE) {
            int ended = endSessionsOf(changed.accountId());
            if (ended > 0) {
                log.info("Ended {} SSO session(s) of account {} ({})", ended, changed.accountId(), changed.status());
            }
        }
    }

    /** A disabled citizen account, or one merged into another, keeps no open session. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CitizenAccountDisabled changed) {
        if (changed.disabled()) {
            endAndLog(changed.accountId(), "DISABLED");
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CitizenAccountsMerged merged) {
        endAndLog(merged.mergedId(), "MERGED");
    }

    private void endAndLog(UUID accountId, String why) {
        int ended = endSessionsOf(accountId);
        if (ended > 0) {
            log.info("Ended {} SSO session(s) of account {} ({})", ended, accountId, why);
        }
    }

    int endSessionsOf(UUID accountId) {
        int ended = 0;
        for (HttpSession session : List.copyOf(sessions.values())) {
            try {
                if (session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext context
                        && context.getAuthentication() != null
                        && context.getAuthentication().getPrincipal() instanceof SignedInAccount account
                        && account.accountId().equals(accountId)) {
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
