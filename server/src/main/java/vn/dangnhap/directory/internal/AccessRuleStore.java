package vn.dangnhap.directory.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangnhap.directory.AppAccessRule;

/** Table {@code directory_access_rule}: application code, optional unit, optional role. */
@Repository
public class AccessRuleStore {

    private final JdbcClient jdbc;

    public AccessRuleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every application's rules, by application code. */
    public Map<String, List<AppAccessRule>> all() {
        Map<String, List<AppAccessRule>> result = new HashMap<>();
        jdbc.sql("""
                SELECT r.application_code, u.code AS unit_code, r.role
                FROM directory_access_rule r LEFT JOIN directory_unit u ON u.id = r.unit_id
                ORDER BY r.application_code, u.code, r.role""")
                .query((rs, n) -> result.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new AppAccessRule(rs.getString(2), rs.getString(3))))
                .list();
        return result;
    }

    public void replace(String applicationCode, Set<AppAccessRule> rules) {
        jdbc.sql("DELETE FROM directory_access_rule WHERE application_code = ?").param(applicationCode).update();
        for (AppAccessRule rule : rules) {
            jdbc.sql("""
                    INSERT INTO directory_access_rule (id, application_code, unit_id, role)
                    VALUES (?, ?, (SELECT id FROM directory_unit WHERE code = ?), ?)""")
                    .params(UUID.randomUUID(), applicationCode, rule.unitCode(), rule.role())
                    .update();
        }
    }
}
