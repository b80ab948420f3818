package vn.dangnhap.citizen.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code citizen_verification_attempt}: registry answers per account, for the daily limit. */
@Repository
public class VerificationAttemptStore {

    private final JdbcClient jdbc;

    public VerificationAttemptStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(UUID accountId, String outcome, Instant at) {
        jdbc.sql("INSERT INTO citizen_verification_attempt (id, account_id, outcome, attempted_at) VALUES (?, ?, ?, ?)")
                .params(UUID.randomUUID(), accountId, outcome, Timestamp.from(at))
                .update();
    }

    public int countSince(UUID accountId, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM citizen_verification_attempt WHERE account_id = ? AND attempted_at > ?")
                .params(accountId, Timestamp.from(since))
                .query(Integer.class)
                .single();
    }
}
