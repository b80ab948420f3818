package vn.dangnhap.citizen.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangnhap.citizen.CitizenAccount;
import vn.dangnhap.citizen.CleanupCategory;

/**
 * The clean-up reports over {@code citizen_account}: counts, lists and duplicate groups. Merged
 * accounts are left out of every report. Duplicate groups are found in the database: by the one
 * number an account carries ({@code verified_pin}, else {@code claimed_pin}) and by the normalised
 * full name ({@link NameKey}) with the birth date.
 */
@Repository
public class CleanupStore {

    private static final String LIVE = "status <> 'MERGED'";
    private static final String PIN = "COALESCE(verified_pin, claimed_pin)";
    private static final String NAME_KEY = NameKey.sql("full_name");
    /** In a group the verified account comes first: the console proposes it as the survivor. */
    private static final String VERIFIED_FIRST = "CASE WHEN verified_pin IS NULL THEN 1 ELSE 0 END, created_at, id";

    /** Keys of the groups; {@code pin} is never shown and never leaves the module unmasked. */
    public record GroupKey(String kind, String pin, String nameKey, LocalDate birthDate) {}

    private static final String GROUPS = """
            SELECT 'NUMBER' AS kind, k AS pin, CAST(NULL AS VARCHAR(200)) AS name_key, CAST(NULL AS DATE) AS birth_date
              FROM (SELECT %1$s AS k FROM citizen_account WHERE %2$s AND %1$s IS NOT NULL) p
             GROUP BY k HAVING COUNT(*) > 1
            UNION ALL
            SELECT 'NAME_BIRTH_DATE' AS kind, CAST(NULL AS VARCHAR(12)) AS pin, nk AS name_key, bd AS birth_date
              FROM (SELECT %3$s AS nk, birth_date AS bd FROM citizen_account WHERE %2$s AND birth_date IS NOT NULL) n
             GROUP BY nk, bd HAVING COUNT(*) > 1
            """.formatted(PIN, LIVE, NAME_KEY);

    /** An account is a duplicate when another live account shares its number, or its name key and birth date. */
    private static final String DUPLICATE = """
            (EXISTS (SELECT 1 FROM citizen_account b WHERE b.id <> a.id AND b.status <> 'MERGED'
                        AND %1$s IS NOT NULL AND (b.verified_pin = %1$s OR b.claimed_pin = %1$s))
             OR EXISTS (SELECT 1 FROM citizen_account b WHERE b.id <> a.id AND b.status <> 'MERGED'
                        AND a.birth_date IS NOT NULL AND b.birth_date = a.birth_date AND %2$s = %3$s))
            """.formatted("COALESCE(a.verified_pin, a.claimed_pin)", NameKey.sql("b.full_name"), NameKey.sql("a.full_name"));

    private final JdbcClient jdbc;

    public CleanupStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long count(CleanupCategory category, Instant dormantBefore) {
        return jdbc.sql("SELECT COUNT(*) FROM citizen_account a WHERE " + where(category))
                .params(params(category, dormantBefore)).query(Long.class).single();
    }

    public long countGroups() {
        return jdbc.sql("SELECT COUNT(*) FROM (" + GROUPS + ") g").query(Long.class).single();
    }

    /** Oldest first. */
    public List<CitizenAccount> list(CleanupCategory category, Instant dormantBefore, int limit, int offset) {
        return jdbc.sql("SELECT * FROM citizen_account a WHERE " + where(category) + " ORDER BY a.created_at, a.id"
                        + " LIMIT " + limit + " OFFSET " + offset)
                .params(params(category, dormantBefore)).query(CitizenStore.ROW).list();
    }

    /** Every account of the list, row by row (exports). */
    public void each(CleanupCategory category, Instant dormantBefore, Consumer<CitizenAccount> row) {
        java.util.stream.Stream<CitizenAccount> rows = jdbc.sql("SELECT * FROM citizen_account a WHERE "
                        + where(category) + " ORDER BY a.created_at, a.id")
                .params(params(category, dormantBefore)).query(CitizenStore.ROW).stream();
        try (rows) {
            rows.forEach(row);
        }
    }

    /** Groups by number first, then by name; ordered by their keys. */
    public List<GroupKey> groups(int limit, int offset) {
        return jdbc.sql("SELECT * FROM (" + GROUPS + ") g ORDER BY kind DESC, pin, name_key, birth_date"
                        + " LIMIT " + limit + " OFFSET " + offset)
                .query((rs, n) -> new GroupKey(rs.getString("kind"), rs.getString("pin"), rs.getString("name_key"),
                        rs.getDate("birth_date") == null ? null : rs.getDate("birth_date").toLocalDate()))
                .list();
    }

    public List<CitizenAccount> members(GroupKey key) {
        if ("NUMBER".equals(key.kind())) {
            return jdbc.sql("SELECT * FROM citizen_account WHERE " + LIVE + " AND (verified_pin = ? OR claimed_pin = ?)"
                            + " ORDER BY " + VERIFIED_FIRST)
                    .params(key.pin(), key.pin()).query(CitizenStore.ROW).list();
        }
        return jdbc.sql("SELECT * FROM citizen_account WHERE " + LIVE + " AND birth_date = ? AND " + NAME_KEY + " = ?"
                        + " ORDER BY " + VERIFIED_FIRST)
                .params(Date.valueOf(key.birthDate()), key.nameKey()).query(CitizenStore.ROW).list();
    }

    /** The accounts merged straight into {@code id}. */
    public List<CitizenAccount> mergedInto(UUID id) {
        return jdbc.sql("SELECT * FROM citizen_account WHERE merged_into = ? ORDER BY updated_at, id")
                .param(id).query(CitizenStore.ROW).list();
    }

    /** Active legacy accounts without a verified number: what the bulk disable after the cut-off takes. */
    public List<CitizenAccount> unverifiedActiveLegacy() {
        return jdbc.sql("SELECT * FROM citizen_account WHERE status = 'ACTIVE' AND source = 'LEGACY'"
                        + " AND verified_pin IS NULL ORDER BY created_at, id")
                .query(CitizenStore.ROW).list();
    }

    public long countUnverifiedActiveLegacy() {
        return jdbc.sql("SELECT COUNT(*) FROM citizen_account WHERE status = 'ACTIVE' AND source = 'LEGACY'"
                        + " AND verified_pin IS NULL")
                .query(Long.class).single();
    }

    /** True when the status changed (a merged account never changes). */
    public boolean setStatus(UUID id, CitizenAccount.Status from, CitizenAccount.Status to, Instant now) {
        return jdbc.sql("UPDATE citizen_account SET status = ?, updated_at = ? WHERE id = ? AND status = ?")
                .params(to.name(), Timestamp.from(now), id, from.name()).update() == 1;
    }

    private static String where(CleanupCategory category) {
        return "a." + LIVE + " AND " + switch (category) {
            case VERIFIED -> "a.verified_pin IS NOT NULL";
            case UNVERIFIED -> "a.verified_pin IS NULL";
            case DUPLICATE -> DUPLICATE;
            case DORMANT -> "COALESCE(a.last_login_at, a.created_at) < ?";
        };
    }

    private static List<Object> params(CleanupCategory category, Instant dormantBefore) {
        return category == CleanupCategory.DORMANT ? List.of(Timestamp.from(dormantBefore)) : List.of();
    }
}
