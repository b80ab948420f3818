package vn.dangnhap.linking.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangnhap.linking.AppLink;

/** Table {@code linking_app_link}. */
@Repository
public class LinkStore {

    private static final RowMapper<AppLink> ROW = (rs, n) -> new AppLink(
            rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class), rs.getString("application_code"),
            rs.getString("application_account"), AppLink.Origin.valueOf(rs.getString("origin")),
            AppLink.Status.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
            rs.getString("created_by"));

    private final JdbcClient jdbc;

    public LinkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static String key(String applicationAccount) {
        return applicationAccount.toLowerCase(Locale.ROOT);
    }

    public void insert(AppLink link) {
        jdbc.sql("""
                INSERT INTO linking_app_link (id, account_id, application_code, application_account, application_key,
                                              origin, status, created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(link.id(), link.accountId(), link.applicationCode(), link.applicationAccount(),
                        key(link.applicationAccount()), link.origin().name(), link.status().name(),
                        Timestamp.from(link.createdAt()), link.createdBy())
                .update();
    }

    public Optional<AppLink> byId(UUID id) {
        return jdbc.sql("SELECT * FROM linking_app_link WHERE id = ?").param(id).query(ROW).optional();
    }

    public Optional<AppLink> byAccount(UUID accountId, String applicationCode) {
        return jdbc.sql("SELECT * FROM linking_app_link WHERE account_id = ? AND application_code = ?")
                .params(accountId, applicationCode).query(ROW).optional();
    }

    public Optional<AppLink> byApplicationAccount(String applicationCode, String applicationAccount) {
        return jdbc.sql("SELECT * FROM linking_app_link WHERE application_code = ? AND application_key = ?")
                .params(applicationCode, key(applicationAccount)).query(ROW).optional();
    }

    /** Null filters match everything. Newest first, at most {@code limit}. */
    public List<AppLink> search(UUID accountId, String applicationCode, AppLink.Status status, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM linking_app_link WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (accountId != null) {
            sql.append(" AND account_id = ?");
            params.add(accountId);
        }
        if (applicationCode != null) {
            sql.append(" AND application_code = ?");
            params.add(applicationCode);
        }
        if (status != null) {
            sql.append(" AND status = ?");
            params.add(status.name());
        }
        sql.append(" ORDER BY created_at DESC, id LIMIT ").append(limit);
        return jdbc.sql(sql.toString()).params(params).query(ROW).list();
    }

    /** True when a pending link became active. */
    public boolean activate(UUID id) {
        return jdbc.sql("UPDATE linking_app_link SET status = 'ACTIVE' WHERE id = ? AND status = 'PENDING'")
                .param(id).update() == 1;
    }

    /** Gives the link to another account (a merge); the link keeps its name, origin and status. */
    public boolean reassign(UUID id, UUID toAccountId) {
        return jdbc.sql("UPDATE linking_app_link SET account_id = ? WHERE id = ?").params(toAccountId, id).update() == 1;
    }

    public boolean delete(UUID id) {
        return jdbc.sql("DELETE FROM linking_app_link WHERE id = ?").param(id).update() == 1;
    }

    public static Instant now(java.time.Clock clock) {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
