package vn.dangnhap.credential.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

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
        int updated = jdbc.sql("UPDATE credential_password SET hash = ?, changed_at = ? WHERE account_id = ?")
                .params(hash, changedAt.atOffset(ZoneOffset.UTC), accountId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO credential_password (account_id, hash, changed_at) VALUES (?, ?, ?)")
                    .params(accountId, hash, changedAt.atOffset(ZoneOffset.UTC)).update();
        }
    }

    /** A rehash with new parameters: the same password, so its change date stays. */
    public void replaceHash(UUID accountId, String hash) {
        jdbc.sql("UPDATE credential_password SET hash = ? WHERE account_id = ?").params(hash, accountId).update();
    }
}
