package vn.dangnhap.session.internal;

import java.util.UUID;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * The SSO sessions open for an account anywhere in the cluster, found through the session store's
 * index by principal name (the account id, {@code SignedInAccount#getName}). Ending one is deleting
 * it, so it ends like any other session ({@link SessionEndings}: the applications are told).
 */
@Component
class OpenSessions {

    private final FindByIndexNameSessionRepository<?> sessions;

    OpenSessions(FindByIndexNameSessionRepository<?> sessions) {
        this.sessions = sessions;
    }

    /** Ends every open session signed in to the account; returns how many. */
    int endAllOf(UUID accountId) {
        var open = sessions.findByPrincipalName(accountId.toString()).keySet();
        open.forEach(sessions::deleteById);
        return open.size();
    }
}
