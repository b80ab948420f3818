package vn.dangnhap.credential.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code credential_login_throttle}: failure counters per login name and per client address. */
@Repository
public class ThrottleStore {

    private final JdbcClient jdbc;

    public ThrottleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static String nameSubject(String loginName) {
        return "name:" + loginName;
    }

    public static String clientSubject(String ip) {
        return "client:" + ip;
    }

    public Optional<FailureCounter> find(String subject) {
        return jdbc.sql("SELECT failures, locks, window_start, last_failure, locked_until FROM credential_login_throttle WHERE subject = ?")
                .param(subject).query(ThrottleStore::counter).optional();
    }

    /** The row, locked for this transaction, so two nodes counting at once do not lose a failure. */
    public Optional<FailureCounter> findForUpdate(String subject) {
        return jdbc.sql("SELECT failures, locks, window_start, last_failure, locked_until FROM credential_login_throttle WHERE subject = ? FOR UPDATE")
                .param(subject).query(ThrottleStore::counter).optional();
    }

    public void save(String subject, UUID accountId, FailureCounter c, boolean exists) {
        if (exists) {
            jdbc.sql("UPDATE credential_login_throttle SET account_id = COALESCE(?, account_id), failures = ?, locks = ?, "
                            + "window_start = ?, last_failure = ?, locked_until = ? WHERE subject = ?")
                    .params(accountId, c.failures(), c.locks(), at(c.windowStart()), at(c.lastFailure()), at(c.lockedUntil()), subject)
                    .update();
        } else {
            jdbc.sql("INSERT INTO credential_login_throttle (subject, account_id, failures, locks, window_start, last_failure, locked_until) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(subject, accountId, c.failures(), c.locks(), at(c.windowStart()), at(c.lastFailure()), at(c.lockedUntil()))
                    .update();
        }
    }

    /** Removes a counter; returns it as it was. */
    public Optional<FailureCounter> delete(String subject) {
        Optional<FailureCounter> before = findForUpdate(subject);
        before.ifPresent(c -> jdbc.sql("DELETE FROM credential_login_throttle WHERE subject = ?").param(subject).update());
        return before;
    }

    /** Removes every login-name counter of an account; returns them as they were. */
    public List<FailureCounter> deleteForAccount(UUID accountId) {
        List<FailureCounter> before = jdbc.sql("SELECT failures, locks, window_start, last_failure, locked_until "
                        + "FROM credential_login_throttle WHERE account_id = ? FOR UPDATE")
                .param(accountId).query(ThrottleStore::counter).list();
        jdbc.sql("DELETE FROM credential_login_throttle WHERE account_id = ?").param(accountId).update();
        return before;
    }

    public Optional<Instant> lockedUntil(UUID accountId, Instant now) {
        return jdbc.sql("SELECT MAX(locked_until) FROM credential_login_throttle WHERE account_id = ? AND locked_until > ?")
                .params(accountId, at(now))
                .query((rs, n) -> Optional.ofNullable(instant(rs, 1))).single();
    }

    private static FailureCounter counter(ResultSet rs, int row) throws SQLException {
        return new FailureCounter(rs.getInt(1), rs.getInt(2), instant(rs, 3), instant(rs, 4), instant(rs, 5));
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
