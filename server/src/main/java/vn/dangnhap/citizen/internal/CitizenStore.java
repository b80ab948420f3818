package vn.dangnhap.citizen.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangnhap.citizen.CitizenAccount;
import vn.dangnhap.citizen.Cccd;
import vn.dangnhap.citizen.Cmnd;

/** Table {@code citizen_account}. */
@Repository
public class CitizenStore {

    static final RowMapper<CitizenAccount> ROW = (rs, n) -> new CitizenAccount(
            rs.getObject("id", UUID.class),
            rs.getString("username"),
            rs.getString("full_name"),
            rs.getDate("birth_date") == null ? null : rs.getDate("birth_date").toLocalDate(),
            rs.getString("verified_pin") == null ? null : new Cccd(rs.getString("verified_pin")),
            rs.getString("claimed_pin") == null ? null : new Cccd(rs.getString("claimed_pin")),
            rs.getString("cmnd") == null ? null : new Cmnd(rs.getString("cmnd")),
            rs.getString("email"),
            rs.getString("phone"),
            CitizenAccount.Source.valueOf(rs.getString("source")),
            CitizenAccount.Status.valueOf(rs.getString("status")),
            rs.getObject("ial") == null ? null : rs.getInt("ial"),
            rs.getObject("merged_into", UUID.class),
            instant(rs.getTimestamp("created_at")),
            instant(rs.getTimestamp("verified_at")),
            instant(rs.getTimestamp("last_login_at")));

    private final JdbcClient jdbc;

    public CitizenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String value(Cccd pin) {
        return pin == null ? null : pin.value();
    }

    public void insert(CitizenAccount a, Instant now) {
        jdbc.sql("""
                INSERT INTO citizen_account (id, username, full_name, birth_date, verified_pin, claimed_pin, cmnd, email,
                                             phone, source, status, ial, merged_into, created_at, updated_at,
                                             verified_at, last_login_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(a.id(), a.username(), a.fullName(), a.birthDate() == null ? null : Date.valueOf(a.birthDate()),
                        value(a.verifiedPin()), value(a.claimedPin()), a.cmnd() == null ? null : a.cmnd().value(),
                        a.email(), a.phone(), a.source().name(), a.status().name(), a.ial(), a.mergedInto(),
                        Timestamp.from(a.createdAt()), Timestamp.from(now),
                        a.verifiedAt() == null ? null : Timestamp.from(a.verifiedAt()),
                        a.lastLoginAt() == null ? null : Timestamp.from(a.lastLoginAt()))
                .update();
    }

    public Optional<CitizenAccount> byId(UUID id) {
        return jdbc.sql("SELECT * FROM citizen_account WHERE id = ?").param(id).query(ROW).optional();
    }

    public Optional<CitizenAccount> byUsername(String username) {
        return jdbc.sql("SELECT * FROM citizen_account WHERE username = ?").param(username).query(ROW).optional();
    }

    public Optional<CitizenAccount> byVerifiedPin(Cccd pin) {
        return jdbc.sql("SELECT * FROM citizen_account WHERE verified_pin = ?").param(pin.value()).query(ROW).optional();
    }

    /** Accounts whose number was typed but never proven, e.g. old portal accounts. */
    public List<CitizenAccount> byClaimedPin(Cccd pin) {
        return jdbc.sql("SELECT * FROM citizen_account WHERE claimed_pin = ? AND verified_pin IS NULL AND status <> 'MERGED' ORDER BY created_at")
                .param(pin.value()).query(ROW).list();
    }

    /** True when the number was stored; false when another account already holds it verified. */
    public boolean setVerified(UUID id, Cccd pin, Cmnd cmnd, String fullName, java.time.LocalDate birthDate, Instant now) {
        if (byVerifiedPin(pin).filter(other -> !other.id().equals(id)).isPresent()) {
            return false;
        }
        return jdbc.sql("""
                UPDATE citizen_account
                   SET verified_pin = ?, claimed_pin = NULL, cmnd = COALESCE(?, cmnd), full_name = COALESCE(?, full_name),
                       birth_date = COALESCE(?, birth_date), verified_at = ?, updated_at = ?
                 WHERE id = ?""")
                .params(pin.value(), cmnd == null ? null : cmnd.value(), fullName,
                        birthDate == null ? null : Date.valueOf(birthDate), Timestamp.from(now), Timestamp.from(now), id)
                .update() == 1;
    }

    public void recordLogin(UUID id, Integer ial, Instant now) {
        jdbc.sql("UPDATE citizen_account SET last_login_at = ?, ial = COALESCE(?, ial) WHERE id = ?")
                .params(Timestamp.from(now), ial, id).update();
    }

    public void setStatus(UUID id, CitizenAccount.Status status, Instant now) {
        jdbc.sql("UPDATE citizen_account SET status = ?, updated_at = ? WHERE id = ?")
                .params(status.name(), Timestamp.from(now), id).update();
    }

    /**
     * Marks {@code mergedId} as merged into {@code survivorId}. The merged account's verified number
     * moves to the survivor when the survivor has none (the unique column allows only one holder).
     */
    public void merge(UUID survivorId, UUID mergedId, Instant now) {
        CitizenAccount merged = byId(mergedId).orElseThrow();
        jdbc.sql("UPDATE citizen_account SET status = 'MERGED', merged_into = ?, verified_pin = NULL, updated_at = ? WHERE id = ?")
                .params(survivorId, Timestamp.from(now), mergedId).update();
        if (merged.verifiedPin() != null) {
            jdbc.sql("""
                    UPDATE citizen_account SET verified_pin = ?, verified_at = ?, claimed_pin = NULL, updated_at = ?
                     WHERE id = ? AND verified_pin IS NULL""")
                    .params(merged.verifiedPin().value(), Timestamp.from(merged.verifiedAt() == null ? now : merged.verifiedAt()),
                            Timestamp.from(now), survivorId).update();
            // keep what the merged account proved readable for audit
            jdbc.sql("UPDATE citizen_account SET claimed_pin = ? WHERE id = ?").params(merged.verifiedPin().value(), mergedId).update();
        }
    }
}
