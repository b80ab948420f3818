package vn.dangnhap.oidc.internal;

import com.nimbusds.jose.JWSAlgorithm;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;
import vn.dangnhap.oidc.BackchannelLogoutAttempted;

/**
 * Sends queued back-channel logout tokens (OpenID Connect Back-Channel Logout 1.0 §2.4–2.5) and
 * retries failures with growing delays. A row is claimed by a conditional UPDATE before sending,
 * so two nodes never send the same one.
 */
@Component
class LogoutDeliveries {

    private static final Logger log = LoggerFactory.getLogger(LogoutDeliveries.class);
    private static final List<Duration> BACKOFF = List.of(Duration.ofSeconds(5), Duration.ofSeconds(30),
            Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(3));
    private static final Duration CLAIM = Duration.ofMinutes(1);

    private record Delivery(UUID id, String clientId, URI logoutUri, String issuer, String sid, String subject, int attempts) {}

    private final JdbcClient jdbc;
    private final JwtEncoder encoder;
    private final SigningKeys keys;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    LogoutDeliveries(JdbcClient jdbc, JwtEncoder encoder, SigningKeys keys, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.keys = keys;
        this.clock = clock;
        this.events = events;
    }

    @Scheduled(fixedDelayString = "${dangnhap.oidc.logout-delivery-interval:PT5S}")
    void deliverDue() {
        Instant now = clock.instant();
        List<Delivery> due = jdbc.sql("""
                SELECT id, client_id, logout_uri, issuer, sid, subject, attempts FROM oidc_logout_delivery
                WHERE status IN ('PENDING', 'SENDING') AND next_attempt <= ? ORDER BY next_attempt LIMIT 50""")
                .param(now.atOffset(ZoneOffset.UTC))
                .query((rs, n) -> new Delivery(rs.getObject("id", UUID.class), rs.getString("client_id"),
                        URI.create(rs.getString("logout_uri")), rs.getString("issuer"), rs.getString("sid"),
                        rs.getString("subject"), rs.getInt("attempts")))
                .list();
        for (Delivery delivery : due) {
            if (claim(delivery, now)) {
                send(delivery);
            }
        }
    }

    private boolean claim(Delivery d, Instant now) {
        return jdbc.sql("""
                UPDATE oidc_logout_delivery SET status = 'SENDING', next_attempt = ?
                WHERE id = ? AND attempts = ? AND status IN ('PENDING', 'SENDING') AND next_attempt <= ?""")
                .params(now.plus(CLAIM).atOffset(ZoneOffset.UTC), d.id(), d.attempts(), now.atOffset(ZoneOffset.UTC))
                .update() == 1;
    }

    private void send(Delivery d) {
        int attempt = d.attempts() + 1;
        String error;
        try {
            String body = "logout_token=" + URLEncoder.encode(logoutToken(d), StandardCharsets.US_ASCII);
            HttpRequest request = HttpRequest.newBuilder(d.logoutUri()).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 200 || status == 204) {
                finish(d, "DELIVERED", attempt, null);
                return;
            }
            error = "HTTP " + status;
        } catch (java.io.IOException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        if (attempt > BACKOFF.size()) {
            finish(d, "GAVE_UP", attempt, error);
        } else {
            jdbc.sql("UPDATE oidc_logout_delivery SET status = 'PENDING', attempts = ?, next_attempt = ?, last_error = ? WHERE id = ?")
                    .params(attempt, clock.instant().plus(BACKOFF.get(attempt - 1)).atOffset(ZoneOffset.UTC), cut(error), d.id())
                    .update();
            log.info("Back-channel logout to {} failed (attempt {}): {}; will retry", d.clientId(), attempt, error);
            events.publishEvent(new BackchannelLogoutAttempted(d.clientId(), d.subject(), "RETRYING", attempt, cut(error)));
        }
    }

    private void finish(Delivery d, String status, int attempt, String error) {
        jdbc.sql("UPDATE oidc_logout_delivery SET status = ?, attempts = ?, last_error = ? WHERE id = ?")
                .params(status, attempt, cut(error), d.id()).update();
        events.publishEvent(new BackchannelLogoutAttempted(d.clientId(), d.subject(), status, attempt, cut(error)));
    }

    /** §2.4: iss, aud, iat, exp, jti, events, sub and sid; typ {@code logout+jwt}; never a nonce. */
    private String logoutToken(Delivery d) {
        Instant now = clock.instant();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(d.issuer())
                .audience(List.of(d.clientId()))
                .issuedAt(now)
                .expiresAt(now.plus(Duration.ofMinutes(2)))
                .id(UUID.randomUUID().toString())
                .subject(d.subject())
                .claim("events", Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of()));
        if (d.sid() != null) {
            claims.claim("sid", d.sid());
        }
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(keys.currentKid(JWSAlgorithm.RS256))
                .type("logout+jwt").build();
        return encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }

    private static String cut(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }
}
