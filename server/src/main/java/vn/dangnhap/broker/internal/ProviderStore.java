package vn.dangnhap.broker.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangnhap.broker.ClaimMapping;
import vn.dangnhap.broker.IdentityProvider;

/** Table {@code broker_provider}: the providers defined in the admin console. */
@Repository
public class ProviderStore {

    /** A stored provider and its sealed secret (null when the secret is an environment reference). */
    public record StoredProvider(IdentityProvider provider, String sealedSecret) {}

    private final JdbcClient jdbc;

    ProviderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<StoredProvider> all() {
        return jdbc.sql("SELECT * FROM broker_provider ORDER BY alias").query(this::row).list();
    }

    public Optional<StoredProvider> byAlias(String alias) {
        return jdbc.sql("SELECT * FROM broker_provider WHERE alias = ?").param(alias).query(this::row).optional();
    }

    public void insert(IdentityProvider p, String sealedSecret, Instant now) {
        jdbc.sql("""
                        INSERT INTO broker_provider (alias, label, icon, issuer, client_id, client_secret_sealed, client_secret_ref,
                            scopes, pin_claims, name_claims, birth_date_claim, birth_date_format, ial_claim, allow_officials,
                            enabled, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(p.alias(), p.label(), p.icon(), p.issuer(), p.clientId(), sealedSecret, p.secretReference(),
                        p.scopeString(), String.join(" ", p.mapping().pinClaims()), String.join(" ", p.mapping().nameClaims()),
                        p.mapping().birthDateClaim(), p.mapping().birthDateFormat(), p.mapping().ialClaim(), p.allowOfficials(),
                        p.enabled(), now.atOffset(ZoneOffset.UTC), now.atOffset(ZoneOffset.UTC))
                .update();
    }

    public void update(IdentityProvider p, String sealedSecret, Instant now) {
        jdbc.sql("""
                        UPDATE broker_provider SET label = ?, icon = ?, issuer = ?, client_id = ?, client_secret_sealed = ?,
                            client_secret_ref = ?, scopes = ?, pin_claims = ?, name_claims = ?, birth_date_claim = ?,
                            birth_date_format = ?, ial_claim = ?, allow_officials = ?, enabled = ?, updated_at = ?
                        WHERE alias = ?""")
                .params(p.label(), p.icon(), p.issuer(), p.clientId(), sealedSecret, p.secretReference(), p.scopeString(),
                        String.join(" ", p.mapping().pinClaims()), String.join(" ", p.mapping().nameClaims()),
                        p.mapping().birthDateClaim(), p.mapping().birthDateFormat(), p.mapping().ialClaim(), p.allowOfficials(),
                        p.enabled(), now.atOffset(ZoneOffset.UTC), p.alias())
                .update();
    }

    private StoredProvider row(ResultSet rs, int n) throws SQLException {
        String ref = rs.getString("client_secret_ref");
        ClaimMapping mapping = new ClaimMapping(words(rs.getString("pin_claims")), words(rs.getString("name_claims")),
                rs.getString("birth_date_claim"), rs.getString("birth_date_format"), rs.getString("ial_claim"));
        IdentityProvider provider = new IdentityProvider(rs.getString("alias"), rs.getString("label"), rs.getString("icon"),
                rs.getString("issuer"), rs.getString("client_id"), ref == null ? "ENCRYPTED" : "ENV", ref,
                words(rs.getString("scopes")), mapping, rs.getBoolean("allow_officials"), rs.getBoolean("enabled"), false);
        return new StoredProvider(provider, rs.getString("client_secret_sealed"));
    }

    static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.strip().split("[\\s,]+")).filter(w -> !w.isEmpty()).distinct().toList();
    }
}
