package vn.dangnhap.credential.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the lifecycle job reads and records: tables {@code credential_password}, {@code credential_expiry_notice}, {@code credential_lifecycle_grace}. */
@Repository
public class LifecycleStore {

    /** A password the rules may act on; {@code graceFrom} is the last unlock or re-enable, or null. */
    public record Candidate(UUID accountId, Instant changedAt, boolean mustChange, Instant graceFrom) {}

    private final JdbcClient jdbc;

    public LifecycleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Default passwords, and passwords set at or before {@code changedBy} (old enough to warn about or lock). */
    public List<Candidate> candidates(Instant changedBy) {
        return jdbc.sql("""
                SELECT p.account_id, p.changed_at, p.must_change, g.granted_at
                FROM credential_password p LEFT JOIN credential_lifecycle_grace g ON g.account_id = p.account_id
                WHERE p.must_change = TRUE OR p.changed_at <= ?
                ORDER BY p.account_id""")
                .param(changedBy.atOffset(ZoneOffset.UTC))
                .query((rs, n) -> new Candidate(rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getBoolean(3), instant(rs.getObject(4, OffsetDateTime.class))))
                .list();
    }

    /**
     * Records that the warning for this password and threshold goes out now. False when it was
     * recorded before: the caller must not send it again.
     */
    public boolean claimExpiryNotice(UUID accountId, Instant passwordChangedAt, int thresholdDays, Instant now) {
        try {
            return jdbc.sql("""
                    INSERT INTO credential_expiry_notice (account_id, password_changed_at, threshold_days, sent_at)
                    SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM credential_expiry_notice
                        WHERE account_id = ? AND password_changed_at = ? AND threshold_days = ?)""")
                    .params(accountId, passwordChangedAt.atOffset(ZoneOffset.UTC), thresholdDays, now.atOffset(ZoneOffset.UTC),
                            accountId, passwordChangedAt.atOffset(ZoneOffset.UTC), thresholdDays)
                    .update() == 1;
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }

    public void grantGrace(UUID accountId, Instant now) {
        int updated = jdbc.sql("UPDATE credential_lifecycle_grace SET granted_at = ? WHERE account_id = ?")
                .params(now.atOffset(ZoneOffset.UTC), accountId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO credential_lifecycle_grace (account_id, granted_at) VALUES (?, ?)")
                    .params(accountId, now.atOffset(ZoneOffset.UTC)).update();
        }
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
