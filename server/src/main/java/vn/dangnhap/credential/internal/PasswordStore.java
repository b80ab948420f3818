package vn.dangnhap.credential.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangnhap.credential.PasswordStatus;

/** Table {@code credential_password}. */
@Repository
public class PasswordStore {

    private final JdbcClient jdbc;

    public PasswordStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> hashOf(UUID accountId) {
        return jdbc.sql("SELECT hash FROM credential_password WHERE account_id = ?")
                .param(accountId).query(String.class).optional();
    }

    public void save(UUID accountId, String hash, Instant changedAt) {
        save(accountId, hash, changedAt, false);
    }

    /** Sets the password and appends it to the history the reuse rule reads. */
    public void save(UUID accountId, String hash, Instant changedAt, boolean mustChange) {
        int updated = jdbc.sql("UPDATE credential_password SET hash = ?, changed_at = ?, must_change = ? WHERE account_id = ?")
                .params(hash, changedAt.atOffset(ZoneOffset.UTC), mustChange, accountId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO credential_password (account_id, hash, changed_at, must_change) VALUES (?, ?, ?, ?)")
                    .params(accountId, hash, changedAt.atOffset(ZoneOffset.UTC), mustChange).update();
        }
        jdbc.sql("INSERT INTO credential_password_history (account_id, hash, changed_at) VALUES (?, ?, ?)")
                .params(accountId, hash, changedAt.atOffset(ZoneOffset.UTC)).update();
    }

    public Optional<PasswordStatus> status(UUID accountId) {
        return jdbc.sql("SELECT changed_at, must_change FROM credential_password WHERE account_id = ?")
                .param(accountId)
                .query((rs, n) -> new PasswordStatus(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getBoolean(2)))
                .optional();
    }

    /** The most recent hashes, newest first (the current password included). */
    public List<String> recentHashes(UUID accountId, int count) {
        return jdbc.sql("SELECT hash FROM credential_password_history WHERE account_id = ? ORDER BY changed_at DESC LIMIT " + count)
                .param(accountId).query(String.class).list();
    }

    /** True when there was a password to remove. */
    public boolean delete(UUID accountId) {
        return jdbc.sql("DELETE FROM credential_password WHERE account_id = ?").param(accountId).update() == 1;
    }

    /** A rehash with new parameters: the same password, so its change date stays. */
    public void replaceHash(UUID accountId, String hash) {
        jdbc.sql("UPDATE credential_password SET hash = ? WHERE account_id = ?").params(hash, accountId).update();
    }
}
