package vn.dangnhap.profile.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code profile_phone_code}: one row per account that ever asked for a code. */
@Repository
class PhoneCodeStore {

    /** A stored code and its counters. {@code codeHash} is empty once the code was used. */
    record PendingCode(UUID accountId, String phone, String codeHash, Instant expiresAt, int wrongTries,
                       Instant lastSentAt, Instant windowStart, int sendsInWindow) {

        boolean used() {
            return codeHash.isEmpty();
        }
    }

    private final JdbcClient jdbc;

    PhoneCodeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the row until the transaction ends, so concurrent tries count one by one. */
    Optional<PendingCode> lock(UUID accountId) {
        return select(accountId, " FOR UPDATE");
    }

    Optional<PendingCode> find(UUID accountId) {
        return select(accountId, "");
    }

    private Optional<PendingCode> select(UUID accountId, String forUpdate) {
        return jdbc.sql("""
                SELECT account_id, phone, code_hash, expires_at, wrong_tries, last_sent_at, window_start, sends_in_window
                FROM profile_phone_code WHERE account_id = ?""" + forUpdate)
                .param(accountId)
                .query((rs, n) -> new PendingCode(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        instant(rs.getObject(4, OffsetDateTime.class)), rs.getInt(5), instant(rs.getObject(6, OffsetDateTime.class)),
                        instant(rs.getObject(7, OffsetDateTime.class)), rs.getInt(8)))
                .optional();
    }

    void save(PendingCode code, boolean exists) {
        if (exists) {
            jdbc.sql("""
                    UPDATE profile_phone_code SET phone = ?, code_hash = ?, expires_at = ?, wrong_tries = ?,
                    last_sent_at = ?, window_start = ?, sends_in_window = ? WHERE account_id = ?""")
                    .params(code.phone(), code.codeHash(), utc(code.expiresAt()), code.wrongTries(), utc(code.lastSentAt()),
                            utc(code.windowStart()), code.sendsInWindow(), code.accountId())
                    .update();
        } else {
            jdbc.sql("""
                    INSERT INTO profile_phone_code (account_id, phone, code_hash, expires_at, wrong_tries, last_sent_at,
                    window_start, sends_in_window) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(code.accountId(), code.phone(), code.codeHash(), utc(code.expiresAt()), code.wrongTries(),
                            utc(code.lastSentAt()), utc(code.windowStart()), code.sendsInWindow())
                    .update();
        }
    }

    void countWrongTry(UUID accountId) {
        jdbc.sql("UPDATE profile_phone_code SET wrong_tries = wrong_tries + 1 WHERE account_id = ?").param(accountId).update();
    }

    void markUsed(UUID accountId) {
        jdbc.sql("UPDATE profile_phone_code SET code_hash = '' WHERE account_id = ?").param(accountId).update();
    }

    private static Instant instant(OffsetDateTime time) {
        return time.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
