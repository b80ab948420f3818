package vn.dangnhap.oidc.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangnhap.shared.MasterKey;
import vn.dangnhap.shared.cache.CachedValue;
import vn.dangnhap.shared.cache.ClusterCaches;
import org.springframework.transaction.annotation.Transactional;

/**
 * Token-signing keys ({@code oidc_signing_key}): RS256 (required by OpenID Connect) and ES256,
 * generated at first start, stored encrypted with the {@link MasterKey}, kept in memory. A
 * rotation makes new keys current; the old ones stay published in JWKS (so tokens they signed
 * still verify) until the overlap window ends.
 */
@Component
public class SigningKeys implements JWKSource<SecurityContext> {

    private static final String CACHE = "oidc.signing-keys";

    public static final List<JWSAlgorithm> ALGORITHMS = List.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);

    private final JdbcClient jdbc;
    private final MasterKey masterKey;
    private final Clock clock;
    private final Duration overlap;
    private final ClusterCaches caches;
    private final CachedValue<Loaded> loaded;

    /** A key as listed to admins: no key material. */
    public record KeyInfo(String kid, String algorithm, String status, Instant createdAt, Instant retireAt) {}

    private record Loaded(JWKSet published, List<KeyInfo> infos, Instant validUntil) {}

    SigningKeys(JdbcClient jdbc, MasterKey masterKey, Clock clock,
                @Value("${dangnhap.oidc.key-overlap:PT24H}") Duration overlap, ClusterCaches caches) {
        this.jdbc = jdbc;
        this.masterKey = masterKey;
        this.clock = clock;
        this.overlap = overlap;
        this.caches = caches;
        this.loaded = caches.value(CACHE, this::load);
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) {
        return selector.select(current().published());
    }

    /** The key id new tokens of this algorithm are signed with. */
    public String currentKid(JWSAlgorithm algorithm) {
        return current().infos().stream()
                .filter(k -> k.status().equals("ACTIVE") && k.algorithm().equals(algorithm.getName()))
                .reduce((a, b) -> a.createdAt().isAfter(b.createdAt()) ? a : b)
                .map(KeyInfo::kid)
                .orElseThrow(() -> new IllegalStateException("No active " + algorithm + " key"));
    }

    public List<KeyInfo> keys() {
        return current().infos();
    }

    /** New current keys for every algorithm; the previous ones verify for the overlap window. */
    @Transactional
    public synchronized void rotate() {
        Instant now = clock.instant();
        jdbc.sql("UPDATE oidc_signing_key SET status = 'PREVIOUS', retire_at = ? WHERE status = 'ACTIVE'")
                .param(now.plus(overlap).atOffset(ZoneOffset.UTC)).update();
        for (JWSAlgorithm algorithm : ALGORITHMS) {
            generate(algorithm, now);
        }
        caches.changed(CACHE);
    }

    private Loaded current() {
        Loaded snapshot = loaded.get();
        if (clock.instant().isAfter(snapshot.validUntil())) {
            // a previous key's overlap ended: every node sees the same time, no message needed
            loaded.forgetHere();
            snapshot = loaded.get();
        }
        return snapshot;
    }

    private Loaded load() {
        Instant now = clock.instant();
        boolean generated = false;
        for (JWSAlgorithm algorithm : ALGORITHMS) {
            long active = jdbc.sql("SELECT COUNT(*) FROM oidc_signing_key WHERE status = 'ACTIVE' AND algorithm = ?")
                    .param(algorithm.getName()).query(Long.class).single();
            if (active == 0) {
                generate(algorithm, now);
                generated = true;
            }
        }
        if (generated) {
            // the other nodes publish the new key too
            caches.changed(CACHE);
        }
        jdbc.sql("UPDATE oidc_signing_key SET status = 'RETIRED' WHERE status = 'PREVIOUS' AND retire_at <= ?")
                .param(now.atOffset(ZoneOffset.UTC)).update();
        record StoredKey(KeyInfo info, String sealed) {}
        List<StoredKey> rows = jdbc.sql("""
                SELECT kid, algorithm, status, encrypted_jwk, created_at, retire_at FROM oidc_signing_key
                WHERE status IN ('ACTIVE', 'PREVIOUS') ORDER BY created_at DESC""")
                .query((rs, n) -> {
                    OffsetDateTime retire = rs.getObject("retire_at", OffsetDateTime.class);
                    return new StoredKey(new KeyInfo(rs.getString("kid"), rs.getString("algorithm"), rs.getString("status"),
                            rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                            retire == null ? null : retire.toInstant()), rs.getString("encrypted_jwk"));
                })
                .list();
        List<JWK> jwks = rows.stream().map(r -> parse(masterKey.decrypt(r.sealed(), r.info().kid()))).toList();
        // Reload when the next previous key retires, so JWKS drops it on time.
        Instant validUntil = rows.stream().map(r -> r.info().retireAt()).filter(t -> t != null)
                .min(Instant::compareTo).orElse(now.plus(Duration.ofHours(1)));
        return new Loaded(new JWKSet(jwks), rows.stream().map(StoredKey::info).toList(), validUntil);
    }

    private void generate(JWSAlgorithm algorithm, Instant now) {
        String kid = algorithm.getName().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        JWK jwk;
        try {
            jwk = algorithm.equals(JWSAlgorithm.RS256)
                    ? new RSAKeyGenerator(2048).keyID(kid).algorithm(algorithm).keyUse(KeyUse.SIGNATURE).generate()
                    : new ECKeyGenerator(Curve.P_256).keyID(kid).algorithm(algorithm).keyUse(KeyUse.SIGNATURE).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate a " + algorithm + " key", e);
        }
        jdbc.sql("INSERT INTO oidc_signing_key (kid, algorithm, status, encrypted_jwk, created_at) VALUES (?, ?, 'ACTIVE', ?, ?)")
                .params(kid, algorithm.getName(), masterKey.encrypt(jwk.toJSONString(), kid), now.atOffset(ZoneOffset.UTC))
                .update();
    }

    private static JWK parse(String json) {
        try {
            return JWK.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("A stored signing key is not a JWK", e);
        }
    }
}
