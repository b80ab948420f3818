package vn.dangnhap.linking.internal;

import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangnhap.linking.ReleaseRule;

/** Table {@code linking_release_rule}; an application without a row has the default rule. */
@Repository
public class ReleaseRuleStore {

    private static final RowMapper<ReleaseRule> ROW = (rs, n) -> new ReleaseRule(rs.getString("application_code"),
            ReleaseRule.Release.valueOf(rs.getString("release")), rs.getBoolean("link_required"),
            rs.getString("claim_name"), rs.getBoolean("as_preferred_username"));

    private final JdbcClient jdbc;

    public ReleaseRuleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ReleaseRule> all() {
        return jdbc.sql("SELECT * FROM linking_release_rule ORDER BY application_code").query(ROW).list();
    }

    public void save(ReleaseRule rule) {
        int updated = jdbc.sql("""
                UPDATE linking_release_rule SET release = ?, link_required = ?, claim_name = ?, as_preferred_username = ?
                WHERE application_code = ?""")
                .params(rule.release().name(), rule.linkRequired(), rule.claimName(), rule.asPreferredUsername(),
                        rule.applicationCode())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO linking_release_rule (application_code, release, link_required, claim_name, as_preferred_username)
                    VALUES (?, ?, ?, ?, ?)""")
                    .params(rule.applicationCode(), rule.release().name(), rule.linkRequired(), rule.claimName(),
                            rule.asPreferredUsername())
                    .update();
        }
    }
}
