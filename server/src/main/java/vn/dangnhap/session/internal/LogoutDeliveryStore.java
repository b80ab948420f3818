package vn.dangnhap.session.internal;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangnhap.session.LogoutNotice;

/**
 * Table {@code session_logout_delivery}. A row is claimed by a conditional UPDATE (same attempt
 * count, still due) before it is sent, so two nodes never send the same one.
 */
@Repository
class LogoutDeliveryStore {

    /** A queued notice with its delivery state. */
    record Delivery(UUID id, LogoutNotice notice, int attempts) {}

    private final JdbcClient jdbc;

    LogoutDeliveryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(LogoutNotice n, Instant now) {
        jdbc.sql("""
                INSERT INTO session_logout_delivery (id, protocol, recipient, endpoint, subject, session_ref, issuer,
                                                     status, attempts, next_attempt, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""")
                .params(UUID.randomUUID(), n.protocol(), n.recipient(), n.endpoint().toString(), n.subject(), n.sessionRef(),
                        n.issuer(), now.atOffset(ZoneOffset.UTC), now.atOffset(ZoneOffset.UTC))
                .update();
    }

    List<Delivery> due(Instant now, int limit) {
        return jdbc.sql("""
                SELECT * FROM session_logout_delivery
                WHERE status IN ('PENDING', 'SENDING') AND next_attempt <= ? ORDER BY next_attempt LIMIT ?""")
                .params(now.atOffset(ZoneOffset.UTC), limit)
                .query((rs, n) -> new Delivery(rs.getObject("id", UUID.class),
                        new LogoutNotice(rs.getString("protocol"), rs.getString("recipient"), URI.create(rs.getString("endpoint")),
                                rs.getString("subject"), rs.getString("session_ref"), rs.getString("issuer")),
                        rs.getInt("attempts")))
                .list();
    }

    boolean claim(Delivery d, Instant now, Instant until) {
        return jdbc.sql("""
                UPDATE session_logout_delivery SET status = 'SENDING', next_attempt = ?
                WHERE id = ? AND attempts = ? AND status IN ('PENDING', 'SENDING') AND next_attempt <= ?""")
                .params(until.atOffset(ZoneOffset.UTC), d.id(), d.attempts(), now.atOffset(ZoneOffset.UTC))
                .update() == 1;
    }

    void retryLater(Delivery d, int attempt, Instant next, String error) {
        jdbc.sql("UPDATE session_logout_delivery SET status = 'PENDING', attempts = ?, next_attempt = ?, last_error = ? WHERE id = ?")
                .params(attempt, next.atOffset(ZoneOffset.UTC), error, d.id()).update();
    }

    void finish(Delivery d, String status, int attempt, String error) {
        jdbc.sql("UPDATE session_logout_delivery SET status = ?, attempts = ?, last_error = ? WHERE id = ?")
                .params(status, attempt, error, d.id()).update();
    }

    int removeFinishedBefore(Instant before) {
        return jdbc.sql("DELETE FROM session_logout_delivery WHERE status IN ('DELIVERED', 'REFUSED', 'GAVE_UP') AND created_at < ?")
                .param(before.atOffset(ZoneOffset.UTC)).update();
    }
}
