package vn.dangnhap.directory.internal;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangnhap.directory.Application;
import vn.dangnhap.directory.TileIcon;

/** Table {@code directory_application}. */
@Repository
public class ApplicationStore {

    private static final RowMapper<Application> ROW = (rs, n) -> new Application(
            rs.getString("code"), rs.getString("name"), rs.getString("description"),
            TileIcon.valueOf(rs.getString("icon")), URI.create(rs.getString("launch_url")),
            rs.getBoolean("enabled"), rs.getInt("sort_order"));

    private final JdbcClient jdbc;

    public ApplicationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Application> all() {
        return jdbc.sql("SELECT * FROM directory_application ORDER BY sort_order, name").query(ROW).list();
    }

    public Optional<Application> byCode(String code) {
        return jdbc.sql("SELECT * FROM directory_application WHERE code = ?").param(code).query(ROW).optional();
    }

    public void insert(Application app) {
        jdbc.sql("""
                INSERT INTO directory_application (code, name, description, icon, launch_url, enabled, sort_order)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(app.code(), app.name(), app.description(), app.icon().name(), app.launchUrl().toString(),
                        app.enabled(), app.sortOrder())
                .update();
    }

    public void update(Application app) {
        jdbc.sql("""
                UPDATE directory_application SET name = ?, description = ?, icon = ?, launch_url = ?, sort_order = ?
                WHERE code = ?""")
                .params(app.name(), app.description(), app.icon().name(), app.launchUrl().toString(), app.sortOrder(),
                        app.code())
                .update();
    }

    public void setEnabled(String code, boolean enabled) {
        jdbc.sql("UPDATE directory_application SET enabled = ? WHERE code = ?").params(enabled, code).update();
    }
}
