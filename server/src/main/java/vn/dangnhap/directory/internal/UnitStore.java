package vn.dangnhap.directory.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangnhap.directory.OrganisationUnit;
import vn.dangnhap.directory.UnitKind;

/** Table {@code directory_unit}. */
@Repository
public class UnitStore {

    private static final String SELECT = """
            SELECT u.id, u.code, u.name, u.kind, p.code AS parent_code, u.enabled
            FROM directory_unit u LEFT JOIN directory_unit p ON p.id = u.parent_id
            """;
    private static final RowMapper<OrganisationUnit> ROW = (rs, n) -> new OrganisationUnit(
            rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
            UnitKind.valueOf(rs.getString("kind")), rs.getString("parent_code"), rs.getBoolean("enabled"));

    private final JdbcClient jdbc;

    public UnitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<OrganisationUnit> all() {
        return jdbc.sql(SELECT + " ORDER BY u.code").query(ROW).list();
    }

    public Optional<OrganisationUnit> byCode(String code) {
        return jdbc.sql(SELECT + " WHERE u.code = ?").param(code).query(ROW).optional();
    }

    public void insert(UUID id, String code, String name, UnitKind kind, UUID parentId) {
        jdbc.sql("INSERT INTO directory_unit (id, code, name, kind, parent_id, enabled) VALUES (?, ?, ?, ?, ?, TRUE)")
                .params(id, code, name, kind.name(), parentId)
                .update();
    }

    public void update(UUID id, String name, UnitKind kind, UUID parentId) {
        jdbc.sql("UPDATE directory_unit SET name = ?, kind = ?, parent_id = ? WHERE id = ?")
                .params(name, kind.name(), parentId, id)
                .update();
    }

    public void setEnabled(UUID id, boolean enabled) {
        jdbc.sql("UPDATE directory_unit SET enabled = ? WHERE id = ?").params(enabled, id).update();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM directory_unit").query(Long.class).single();
    }
}
