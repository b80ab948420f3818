package vn.dangnhap.session.internal;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import vn.dangnhap.shared.cluster.JobLease;

/**
 * Ends the database store's sessions that passed their idle timeout, once per cluster (the job
 * lease): sessions nobody signed in to are deleted in bulk; signed-in ones one by one, so that
 * each end reaches the applications ({@link DatabaseSessions#deleteById}). A session a browser
 * comes back to after its timeout is ended at that moment already (Spring Session's read).
 */
class SessionExpiry {

    private static final Logger log = LoggerFactory.getLogger(SessionExpiry.class);
    private static final int BATCH = 500;

    private final DatabaseSessions sessions;
    private final JobLease lease;
    SessionExpiry(DatabaseSessions sessions, JobLease lease) {
        this.sessions = sessions;
        this.lease = lease;
    }

    @Scheduled(fixedDelayString = "${dangnhap.session.expiry-interval:PT1M}", initialDelayString = "PT20S")
    public void endExpired() {
        lease.runOnce("session-expiry", Duration.ofMinutes(5), () -> {
            // the wall clock, as Spring Session writes expiry_time
            long now = System.currentTimeMillis();
            int anonymous = sessions.deleteExpiredAnonymous(now);
            int signedIn = 0;
            for (var ids = sessions.expiredSignedIn(now, BATCH); !ids.isEmpty(); ids = sessions.expiredSignedIn(now, BATCH)) {
                ids.forEach(sessions::deleteById);
                signedIn += ids.size();
            }
            if (anonymous + signedIn > 0) {
                log.info("Session expiry: ended {} signed-in and removed {} anonymous expired sessions", signedIn, anonymous);
            }
        });
    }
}
