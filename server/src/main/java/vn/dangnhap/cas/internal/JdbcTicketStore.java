package vn.dangnhap.cas.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangnhap.shared.AccountKind;

/** Tickets in {@code cas_service_ticket} and {@code cas_proxy_granting_ticket}, keyed by SHA-256 of the id. */
@Repository
class JdbcTicketStore implements TicketStore {

    private final JdbcClient jdbc;

    JdbcTicketStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(ServiceTicket t) {
        jdbc.sql("""
                INSERT INTO cas_service_ticket (id_hash, kind, service, service_code, account_id, account_kind, sid,
                  from_new_login, authenticated_at, remember_me, proxies, created_at, expires_at, used)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)""")
                .params(digest(t.id()), t.kind(), t.service(), t.serviceCode(), t.accountId(), t.accountKind().name(), t.sid(),
                        t.fromNewLogin(), utc(t.authenticatedAt()), t.rememberMe(),
                        t.proxies().isEmpty() ? null : String.join("\n", t.proxies()), utc(t.createdAt()), utc(t.expiresAt()))
                .update();
    }

    @Override
    public Optional<ServiceTicket> consume(String ticketId) {
        String hash = digest(ticketId);
        if (jdbc.sql("UPDATE cas_service_ticket SET used = TRUE WHERE id_hash = ? AND used = FALSE").param(hash).update() != 1) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT kind, service, service_code, account_id, account_kind, sid, from_new_login, authenticated_at,
                  remember_me, proxies, created_at, expires_at
                FROM cas_service_ticket WHERE id_hash = ?""")
                .param(hash)
                .query((rs, n) -> new ServiceTicket(ticketId, rs.getString("kind"), rs.getString("service"),
                        rs.getString("service_code"), rs.getObject("account_id", UUID.class),
                        AccountKind.valueOf(rs.getString("account_kind")), rs.getString("sid"),
                        rs.getBoolean("from_new_login"), instant(rs, "authenticated_at"), rs.getBoolean("remember_me"),
                        lines(rs.getString("proxies")), instant(rs, "created_at"),
                        instant(rs, "expires_at")))
                .optional();
    }

    @Override
    public void save(ProxyGrantingTicket t) {
        jdbc.sql("""
                INSERT INTO cas_proxy_granting_ticket (id_hash, service_code, account_id, account_kind, sid,
                  authenticated_at, remember_me, proxies, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(digest(t.id()), t.serviceCode(), t.accountId(), t.accountKind().name(), t.sid(),
                        utc(t.authenticatedAt()), t.rememberMe(),
                        String.join("\n", t.proxies()),
                        utc(t.createdAt()), utc(t.expiresAt()))
                .update();
    }

    @Override
    public Optional<ProxyGrantingTicket> proxyGrantingTicket(String ticketId) {
        return jdbc.sql("""
                SELECT service_code, account_id, account_kind, sid, authenticated_at, remember_me, proxies, created_at,
                  expires_at
                FROM cas_proxy_granting_ticket WHERE id_hash = ?""")
                .param(digest(ticketId))
                .query((rs, n) -> new ProxyGrantingTicket(ticketId, rs.getString("service_code"),
                        rs.getObject("account_id", UUID.class), AccountKind.valueOf(rs.getString("account_kind")),
                        rs.getString("sid"), instant(rs, "authenticated_at"), rs.getBoolean("remember_me"),
                        lines(rs.getString("proxies")),
                        instant(rs, "created_at"), instant(rs, "expires_at")))
                .optional();
    }

    @Override
    public void endSession(String sid) {
        jdbc.sql("UPDATE cas_service_ticket SET used = TRUE WHERE sid = ? AND used = FALSE").param(sid).update();
        jdbc.sql("DELETE FROM cas_proxy_granting_ticket WHERE sid = ?").param(sid).update();
    }

    @Override
    public int removeExpired(Instant before) {
        return jdbc.sql("DELETE FROM cas_service_ticket WHERE expires_at < ?").param(utc(before)).update()
                + jdbc.sql("DELETE FROM cas_proxy_granting_ticket WHERE expires_at < ?").param(utc(before)).update();
    }

    static String digest(String ticketId) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(ticketId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
