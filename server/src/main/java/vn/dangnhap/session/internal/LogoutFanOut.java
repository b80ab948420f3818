package vn.dangnhap.session.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangnhap.session.LogoutNotice;
import vn.dangnhap.session.SessionParticipant;
import vn.dangnhap.session.SsoSessionEnded;

/**
 * The one logout fan-out: when an SSO session ends, every {@link SessionParticipant} (OpenID Connect,
 * CAS) ends its part of the session and its notices are queued — all in one transaction — and once
 * that has committed the queue sends them.
 */
@Component
class LogoutFanOut {

    private static final Logger log = LoggerFactory.getLogger(LogoutFanOut.class);

    private final List<SessionParticipant> participants;
    private final LogoutQueue queue;
    private final TransactionTemplate transaction;

    LogoutFanOut(List<SessionParticipant> participants, LogoutQueue queue, PlatformTransactionManager transactions) {
        this.participants = participants;
        this.queue = queue;
        this.transaction = new TransactionTemplate(transactions);
        // A transaction of its own: a session also ends in the after-commit phase of another one (an
        // account locked), which has committed already and must not be joined (see
        // TransactionSynchronization#afterCommit).
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void on(SsoSessionEnded ended) {
        int queued;
        try {
            queued = transaction.execute(status -> endEverywhere(ended.sid()));
        } catch (RuntimeException e) {
            // Whoever ended the session (a logout, the container's timeout) cannot act on this; the
            // other listeners of the session's end (Spring Security's session registry) must still run.
            log.error("Logout fan-out for a session of account {} failed and was rolled back: no application was told",
                    ended.accountId(), e);
            return;
        }
        if (queued > 0) {
            queue.sendSoon();
        }
    }

    private int endEverywhere(String sid) {
        int queued = 0;
        for (SessionParticipant participant : participants) {
            for (LogoutNotice notice : participant.endSession(sid)) {
                queue.enqueue(notice);
                queued++;
            }
        }
        return queued;
    }
}
