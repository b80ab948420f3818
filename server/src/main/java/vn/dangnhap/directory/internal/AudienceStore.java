package vn.dangnhap.directory.internal;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangnhap.directory.AppAudience;

/** Table {@code directory_app_audience}: who an application is for; no row = officials only. */
@Repository
public class AudienceStore {

    private final JdbcClient jdbc;

    public AudienceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every stored audience, by application code. */
    public Map<String, AppAudience> all() {
        Map<String, AppAudience> result = new HashMap<>();
        jdbc.sql("SELECT application_code, audience, verified_citizens_only, release_personal_id FROM directory_app_audience")
                .query((rs, n) -> result.put(rs.getString(1), new AppAudience(AppAudience.Audience.valueOf(rs.getString(2)),
                        rs.getBoolean(3), rs.getBoolean(4))))
                .list();
        return result;
    }

    public void save(String code, AppAudience audience) {
        int changed = jdbc.sql("""
                UPDATE directory_app_audience SET audience = ?, verified_citizens_only = ?, release_personal_id = ?
                WHERE application_code = ?""")
                .params(audience.audience().name(), audience.verifiedCitizensOnly(), audience.releasePersonalIdentifier(), code)
                .update();
        if (changed == 0) {
            jdbc.sql("""
                    INSERT INTO directory_app_audience (application_code, audience, verified_citizens_only, release_personal_id)
                    VALUES (?, ?, ?, ?)""")
                    .params(code, audience.audience().name(), audience.verifiedCitizensOnly(), audience.releasePersonalIdentifier())
                    .update();
        }
    }
}
