package vn.dangnhap.citizen.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code citizen_consent}: who consented, when, to which text version, for which data. */
@Repository
public class CitizenConsentStore {

    /** One stored consent. */
    public record Consent(UUID id, UUID accountId, String purpose, String textVersion, String dataItems,
                          Instant givenAt, String clientIp) {}

    private final JdbcClient jdbc;

    public CitizenConsentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Consent c) {
        jdbc.sql("""
                INSERT INTO citizen_consent (id, account_id, purpose, text_version, data_items, given_at, client_ip)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(c.id(), c.accountId(), c.purpose(), c.textVersion(), c.dataItems(), Timestamp.from(c.givenAt()),
                        c.clientIp())
                .update();
    }

    public List<Consent> ofAccount(UUID accountId) {
        return jdbc.sql("SELECT * FROM citizen_consent WHERE account_id = ? ORDER BY given_at")
                .param(accountId)
                .query((rs, n) -> new Consent(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                        rs.getString("purpose"), rs.getString("text_version"), rs.getString("data_items"),
                        rs.getTimestamp("given_at").toInstant(), rs.getString("client_ip")))
                .list();
    }
}
