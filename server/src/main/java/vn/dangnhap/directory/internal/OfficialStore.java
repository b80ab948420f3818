package vn.dangnhap.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangnhap.directory.AccountLock;
import vn.dangnhap.directory.AccountStatus;
import vn.dangnhap.directory.LockReason;
import vn.dangnhap.directory.EmailAddress;
import vn.dangnhap.directory.OfficialAccount;
import vn.dangnhap.directory.OfficialQuery;
import vn.dangnhap.directory.PhoneNumber;

/** Tables {@code directory_account} and {@code directory_account_role}. */
@Repository
public class OfficialStore {

    private static final String SELECT = """
            SELECT a.id, a.email, a.full_name, a.phone, a.phone_verified, u.code AS unit_code, a.status, a.created_at, a.updated_at
            FROM directory_account a JOIN directory_unit u ON u.id = a.unit_id
            """;

    private final JdbcClient jdbc;

    public OfficialStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The login lookup: one indexed query on the lower-cased e-mail, roles folded in. */
    public Optional<OfficialAccount> byEmail(EmailAddress email) {
        return first(jdbc.sql(SELECT + " WHERE a.email = ?").param(email.value()));
    }

    public Optional<OfficialAccount> byId(UUID id) {
        return first(jdbc.sql(SELECT + " WHERE a.id = ?").param(id));
    }

    public boolean emailTaken(EmailAddress email) {
        return jdbc.sql("SELECT COUNT(*) FROM directory_account WHERE email = ?")
                .param(email.value()).query(Long.class).single() > 0;
    }

    public List<OfficialAccount> search(OfficialQuery query) {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (query.text() != null && !query.text().isBlank()) {
            sql.append(" AND (a.email LIKE ? ESCAPE '\\' OR LOWER(a.full_name) LIKE ? ESCAPE '\\')");
            String like = "%" + escapeLike(query.text().strip().toLowerCase()) + "%";
            params.add(like);
            params.add(like);
        }
        if (query.unitCode() != null && !query.unitCode().isBlank()) {
            sql.append(" AND u.code = ?");
            params.add(query.unitCode());
        }
        if (query.status() != null) {
            sql.append(" AND a.status = ?");
            params.add(query.status().name());
        }
        sql.append(" ORDER BY a.email LIMIT ").append(query.limit()).append(" OFFSET ").append(query.offset());
        return withRoles(jdbc.sql(sql.toString()).params(params).query(this::row).list());
    }

    public long countWithRole(String role) {
        return jdbc.sql("SELECT COUNT(*) FROM directory_account_role WHERE role = ?").param(role).query(Long.class).single();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM directory_account").query(Long.class).single();
    }

    public void insert(UUID id, EmailAddress email, String fullName, PhoneNumber phone, UUID unitId,
                       Set<String> roles, Instant now) {
        jdbc.sql("""
                INSERT INTO directory_account (id, email, full_name, phone, unit_id, status, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, 'ACTIVE', ?, ?)""")
                .params(id, email.value(), fullName, phone == null ? null : phone.e164(), unitId, utc(now), utc(now))
                .update();
        insertRoles(id, roles);
    }

    public void update(UUID id, EmailAddress email, String fullName, PhoneNumber phone, UUID unitId,
                       Set<String> roles, Instant now) {
        jdbc.sql("UPDATE directory_account SET email = ?, full_name = ?, phone = ?, unit_id = ?, updated_at = ? WHERE id = ?")
                .params(email.value(), fullName, phone == null ? null : phone.e164(), unitId, utc(now), id)
                .update();
        jdbc.sql("DELETE FROM directory_account_role WHERE account_id = ?").param(id).update();
        insertRoles(id, roles);
    }

    /** Stores a number the official proved to receive: verified. */
    public void setVerifiedPhone(UUID id, PhoneNumber phone, Instant now) {
        jdbc.sql("UPDATE directory_account SET phone = ?, phone_verified = TRUE, updated_at = ? WHERE id = ?")
                .params(phone.e164(), utc(now), id).update();
    }

    /** The official whose verified personal identification number this is (12 digits), if any. */
    public Optional<UUID> idByVerifiedPin(String pin) {
        return jdbc.sql("SELECT id FROM directory_account WHERE verified_pin = ?").param(pin).query(UUID.class).optional();
    }

    public Optional<String> verifiedPinOf(UUID id) {
        return jdbc.sql("SELECT verified_pin FROM directory_account WHERE id = ? AND verified_pin IS NOT NULL")
                .param(id).query(String.class).optional();
    }

    /** False when another official holds the number already. */
    public boolean setVerifiedPin(UUID id, String pinOrNull, Instant now) {
        if (pinOrNull != null) {
            Optional<UUID> holder = idByVerifiedPin(pinOrNull);
            if (holder.isPresent() && !holder.get().equals(id)) {
                return false;
            }
        }
        jdbc.sql("UPDATE directory_account SET verified_pin = ?, updated_at = ? WHERE id = ?")
                .params(pinOrNull, now.atOffset(ZoneOffset.UTC), id).update();
        return true;
    }

    public void setPhoneUnverified(UUID id) {
        jdbc.sql("UPDATE directory_account SET phone_verified = FALSE WHERE id = ?").param(id).update();
    }

    /** Leaving {@code LOCKED} forgets the lock reason and time. */
    public void setStatus(UUID id, AccountStatus status, Instant now) {
        if (status == AccountStatus.LOCKED) {
            jdbc.sql("UPDATE directory_account SET status = ?, updated_at = ? WHERE id = ?")
                    .params(status.name(), utc(now), id).update();
        } else {
            jdbc.sql("UPDATE directory_account SET status = ?, updated_at = ?, lock_reason = NULL, locked_at = NULL WHERE id = ?")
                    .params(status.name(), utc(now), id).update();
        }
    }

    public void setLock(UUID id, LockReason reason, Instant lockedAt) {
        jdbc.sql("UPDATE directory_account SET lock_reason = ?, locked_at = ? WHERE id = ?")
                .params(reason.name(), utc(lockedAt), id).update();
    }

    public Optional<AccountLock> lockOf(UUID id) {
        return jdbc.sql("SELECT lock_reason, locked_at FROM directory_account WHERE id = ? AND status = 'LOCKED' AND lock_reason IS NOT NULL")
                .param(id)
                .query((rs, n) -> new AccountLock(lockReason(rs.getString(1)), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .optional()
                .filter(lock -> lock.reason() != null);
    }

    /** A reason this version does not know (written by a newer node) reads as none. */
    private static LockReason lockReason(String name) {
        for (LockReason reason : LockReason.values()) {
            if (reason.name().equals(name)) {
                return reason;
            }
        }
        return null;
    }

    private void insertRoles(UUID id, Set<String> roles) {
        for (String role : roles) {
            jdbc.sql("INSERT INTO directory_account_role (account_id, role) VALUES (?, ?)").params(id, role).update();
        }
    }

    private Optional<OfficialAccount> first(JdbcClient.StatementSpec spec) {
        return spec.query(this::row).optional().map(a -> withRoles(List.of(a)).getFirst());
    }

    private List<OfficialAccount> withRoles(List<OfficialAccount> accounts) {
        if (accounts.isEmpty()) {
            return accounts;
        }
        Map<UUID, Set<String>> roles = new HashMap<>();
        List<UUID> ids = accounts.stream().map(OfficialAccount::id).toList();
        jdbc.sql("SELECT account_id, role FROM directory_account_role WHERE account_id IN (:ids)")
                .param("ids", ids)
                .query((rs, n) -> roles.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>()).add(rs.getString(2)))
                .list();
        Map<UUID, OfficialAccount> ordered = new LinkedHashMap<>();
        for (OfficialAccount a : accounts) {
            ordered.put(a.id(), new OfficialAccount(a.id(), a.email(), a.fullName(), a.phone(), a.unitCode(),
                    roles.getOrDefault(a.id(), Set.of()), a.status(), a.createdAt(), a.updatedAt(), a.phoneVerified()));
        }
        return new ArrayList<>(ordered.values());
    }

    private OfficialAccount row(ResultSet rs, int n) throws SQLException {
        String phone = rs.getString("phone");
        return new OfficialAccount(
                rs.getObject("id", UUID.class),
                new EmailAddress(rs.getString("email")),
                rs.getString("full_name"),
                phone == null ? null : new PhoneNumber(phone),
                rs.getString("unit_code"),
                Set.of(),
                AccountStatus.valueOf(rs.getString("status")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                rs.getBoolean("phone_verified"));
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
