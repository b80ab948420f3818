package vn.dangnhap.cas.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangnhap.cas.CasService;

/** Table {@code cas_service}. */
@Repository
public class ServiceStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    ServiceStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<CasService> all() {
        return jdbc.sql("SELECT code, name, service_pattern, enabled, slo_enabled FROM cas_service ORDER BY code")
                .query((rs, n) -> new CasService(rs.getString("code"), rs.getString("name"), rs.getString("service_pattern"),
                        rs.getBoolean("enabled"), rs.getBoolean("slo_enabled")))
                .list();
    }

    public Optional<CasService> byCode(String code) {
        return all().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public void insert(CasService s) {
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO cas_service (code, name, service_pattern, enabled, slo_enabled, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(s.code(), s.name(), s.servicePattern(), s.enabled(), s.sloEnabled(), now, now).update();
    }

    public void update(CasService s) {
        jdbc.sql("UPDATE cas_service SET name = ?, service_pattern = ?, slo_enabled = ?, updated_at = ? WHERE code = ?")
                .params(s.name(), s.servicePattern(), s.sloEnabled(), clock.instant().atOffset(ZoneOffset.UTC), s.code())
                .update();
    }

    public void setEnabled(String code, boolean enabled) {
        jdbc.sql("UPDATE cas_service SET enabled = ?, updated_at = ? WHERE code = ?")
                .params(enabled, clock.instant().atOffset(ZoneOffset.UTC), code).update();
    }
}
