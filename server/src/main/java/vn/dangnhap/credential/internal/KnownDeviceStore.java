package vn.dangnhap.credential.internal;

import static vn.dangnhap.credential.internal.ThrottleStore.at;
import static vn.dangnhap.credential.internal.ThrottleStore.instant;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Table {@code credential_known_device}: browsers that logged in to an account before, known by
 * the SHA-256 of their device cookie, each with its own failure counter.
 */
@Repository
public class KnownDeviceStore {

    private final JdbcClient jdbc;

    public KnownDeviceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The device's counter, if this device logged in to this account since {@code seenSince}. */
    public Optional<FailureCounter> find(UUID accountId, String tokenHash, Instant seenSince) {
        return jdbc.sql("SELECT failures, locks, created_at, last_failure, locked_until FROM credential_known_device "
                        + "WHERE account_id = ? AND token_hash = ? AND last_seen > ?")
                .params(accountId, tokenHash, at(seenSince))
                .query((rs, n) -> new FailureCounter(rs.getInt(1), rs.getInt(2), instant(rs, 3), instant(rs, 4), instant(rs, 5)))
                .optional();
    }

    /** Whether this token was issued by this platform to some account (and not since forgotten). */
    public boolean issued(String tokenHash) {
        return jdbc.sql("SELECT COUNT(*) FROM credential_known_device WHERE token_hash = ?")
                .param(tokenHash).query(Long.class).single() > 0;
    }

    public void saveCounter(UUID accountId, String tokenHash, FailureCounter c) {
        jdbc.sql("UPDATE credential_known_device SET failures = ?, locks = ?, last_failure = ?, locked_until = ? "
                        + "WHERE account_id = ? AND token_hash = ?")
                .params(c.failures(), c.locks(), at(c.lastFailure()), at(c.lockedUntil()), accountId, tokenHash).update();
    }

    /** Records a successful login from the device: known from now on, counter back to zero. */
    public void seen(UUID accountId, String tokenHash, Instant now, int maxDevices) {
        int updated = jdbc.sql("UPDATE credential_known_device SET last_seen = ?, failures = 0, locks = 0, "
                        + "last_failure = NULL, locked_until = NULL WHERE account_id = ? AND token_hash = ?")
                .params(at(now), accountId, tokenHash).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO credential_known_device (account_id, token_hash, created_at, last_seen, failures, locks) "
                            + "VALUES (?, ?, ?, ?, 0, 0)")
                    .params(accountId, tokenHash, at(now), at(now)).update();
            forgetBeyond(accountId, maxDevices);
        }
    }

    private void forgetBeyond(UUID accountId, int maxDevices) {
        List<String> oldest = jdbc.sql("SELECT token_hash FROM credential_known_device WHERE account_id = ? "
                        + "ORDER BY last_seen DESC OFFSET " + maxDevices)
                .param(accountId).query(String.class).list();
        for (String hash : oldest) {
            jdbc.sql("DELETE FROM credential_known_device WHERE account_id = ? AND token_hash = ?").params(accountId, hash).update();
        }
    }

    /** Sets every device counter of the account back to zero; returns how many had been locked. */
    public int resetCounters(UUID accountId) {
        int locked = jdbc.sql("SELECT COUNT(*) FROM credential_known_device WHERE account_id = ? AND locks > 0")
                .param(accountId).query(Integer.class).single();
        jdbc.sql("UPDATE credential_known_device SET failures = 0, locks = 0, last_failure = NULL, locked_until = NULL WHERE account_id = ?")
                .param(accountId).update();
        return locked;
    }
}
