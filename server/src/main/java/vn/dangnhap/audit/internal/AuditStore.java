package vn.dangnhap.audit.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangnhap.shared.BusinessTime;
import vn.dangnhap.audit.AuditEntry;
import vn.dangnhap.audit.AuditEvent;
import vn.dangnhap.audit.AuditQuery;

/** Table {@code audit_event}: INSERT and SELECT only. */
@Repository
public class AuditStore {

    private final JdbcClient jdbc;

    public AuditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void append(AuditEntry e, Instant now) {
        jdbc.sql("""
                INSERT INTO audit_event (occurred_at, type, outcome, account_id, username, reason, ip, user_agent, application, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(now.atOffset(ZoneOffset.UTC), e.type().name(), e.outcome().name(), e.accountId(), cut(e.username(), 256),
                        cut(e.reason(), 60), cut(e.ip(), 45), cut(e.userAgent(), 512), cut(e.application(), 40),
                        cut(e.detail(), 1000))
                .update();
    }

    public List<AuditEvent> search(AuditQuery q) {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_event WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (q.type() != null && !q.type().isBlank()) {
            sql.append(" AND type = ?");
            params.add(q.type());
        }
        if (q.outcome() != null && !q.outcome().isBlank()) {
            sql.append(" AND outcome = ?");
            params.add(q.outcome());
        }
        if (q.username() != null && !q.username().isBlank()) {
            sql.append(" AND LOWER(username) LIKE ? ESCAPE '\\'");
            params.add("%" + q.username().strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (q.from() != null) {
            sql.append(" AND occurred_at >= ?");
            params.add(q.from().atStartOfDay(BusinessTime.ZONE).toOffsetDateTime());
        }
        if (q.to() != null) {
            sql.append(" AND occurred_at < ?");
            params.add(q.to().plusDays(1).atStartOfDay(BusinessTime.ZONE).toOffsetDateTime());
        }
        sql.append(" ORDER BY id DESC LIMIT ").append(q.limit());
        return jdbc.sql(sql.toString()).params(params).query(ROW).list();
    }

    /** Lines whose account is one of {@code accountIds}, newest first. */
    public List<AuditEvent> byAccounts(java.util.Collection<UUID> accountIds, int limit) {
        String marks = String.join(", ", java.util.Collections.nCopies(accountIds.size(), "?"));
        return jdbc.sql("SELECT * FROM audit_event WHERE account_id IN (" + marks + ") ORDER BY id DESC LIMIT " + limit)
                .params(List.copyOf(accountIds)).query(ROW).list();
    }

    private static final org.springframework.jdbc.core.RowMapper<AuditEvent> ROW = (rs, n) -> new AuditEvent(
            rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
            rs.getString("type"), rs.getString("outcome"), rs.getObject("account_id", UUID.class),
            rs.getString("username"), rs.getString("reason"), rs.getString("ip"), rs.getString("user_agent"),
            rs.getString("application"), rs.getString("detail"));

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
