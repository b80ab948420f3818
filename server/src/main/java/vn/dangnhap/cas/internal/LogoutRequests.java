package vn.dangnhap.cas.internal;

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
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.dangnhap.cas.CasLogoutAttempted;

/**
 * Sends queued single-logout requests: an HTTP POST to the service URL with the form parameter
 * {@code logoutRequest} holding a SAML 2.0 {@code <samlp:LogoutRequest>} whose
 * {@code <samlp:SessionIndex>} is the service ticket the application validated (what the Apereo
 * CAS clients' {@code SingleSignOutFilter} expects). Failures are retried with growing delays; a
 * row is claimed by a conditional UPDATE before sending, so two nodes never send the same one.
 * The same pattern as the OpenID Connect back-channel logout queue.
 */
@Component
class LogoutRequests {

    private static final Logger log = LoggerFactory.getLogger(LogoutRequests.class);
    private static final List<Duration> BACKOFF = List.of(Duration.ofSeconds(5), Duration.ofSeconds(30),
            Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(3));
    private static final Duration CLAIM = Duration.ofMinutes(1);

    private record Delivery(UUID id, String serviceCode, URI logoutUrl, String ticketId, UUID accountId, int attempts) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    LogoutRequests(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    @Scheduled(fixedDelayString = "${dangnhap.cas.logout-delivery-interval:PT5S}")
    void deliverDue() {
        Instant now = clock.instant();
        List<Delivery> due = jdbc.sql("""
                SELECT id, service_code, logout_url, ticket_id, account_id, attempts FROM cas_logout_delivery
                WHERE status IN ('PENDING', 'SENDING') AND next_attempt <= ? ORDER BY next_attempt LIMIT 50""")
                .param(now.atOffset(ZoneOffset.UTC))
                .query((rs, n) -> new Delivery(rs.getObject("id", UUID.class), rs.getString("service_code"),
                        URI.create(rs.getString("logout_url")), rs.getString("ticket_id"),
                        rs.getObject("account_id", UUID.class), rs.getInt("attempts")))
                .list();
        for (Delivery delivery : due) {
            if (claim(delivery, now)) {
                send(delivery);
            }
        }
    }

    private boolean claim(Delivery d, Instant now) {
        return jdbc.sql("""
                UPDATE cas_logout_delivery SET status = 'SENDING', next_attempt = ?
                WHERE id = ? AND attempts = ? AND status IN ('PENDING', 'SENDING') AND next_attempt <= ?""")
                .params(now.plus(CLAIM).atOffset(ZoneOffset.UTC), d.id(), d.attempts(), now.atOffset(ZoneOffset.UTC))
                .update() == 1;
    }

    private void send(Delivery d) {
        int attempt = d.attempts() + 1;
        String error;
        try {
            String body = "logoutRequest=" + URLEncoder.encode(logoutRequest(d.ticketId()), StandardCharsets.UTF_8);
            HttpRequest request = HttpRequest.newBuilder(d.logoutUrl()).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 200 && status < 300) {
                finish(d, "DELIVERED", attempt, null);
                return;
            }
            error = "HTTP " + status;
        } catch (java.io.IOException | IllegalArgumentException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        if (attempt > BACKOFF.size()) {
            finish(d, "GAVE_UP", attempt, error);
        } else {
            jdbc.sql("UPDATE cas_logout_delivery SET status = 'PENDING', attempts = ?, next_attempt = ?, last_error = ? WHERE id = ?")
                    .params(attempt, clock.instant().plus(BACKOFF.get(attempt - 1)).atOffset(ZoneOffset.UTC), cut(error), d.id())
                    .update();
            log.info("CAS single logout to {} failed (attempt {}): {}; will retry", d.serviceCode(), attempt, error);
            events.publishEvent(new CasLogoutAttempted(d.serviceCode(), d.accountId(), "RETRYING", attempt, cut(error)));
        }
    }

    private void finish(Delivery d, String status, int attempt, String error) {
        jdbc.sql("UPDATE cas_logout_delivery SET status = ?, attempts = ?, last_error = ? WHERE id = ?")
                .params(status, attempt, cut(error), d.id()).update();
        events.publishEvent(new CasLogoutAttempted(d.serviceCode(), d.accountId(), status, attempt, cut(error)));
    }

    /** SAML 2.0 Core §3.7.1; the NameID is not used by CAS clients, the SessionIndex is the ticket. */
    String logoutRequest(String ticketId) {
        String instant = DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        return "<samlp:LogoutRequest xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\""
                + " xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\" ID=\"LR-" + UUID.randomUUID()
                + "\" Version=\"2.0\" IssueInstant=\"" + instant + "\">"
                + "<saml:NameID>@NOT_USED@</saml:NameID>"
                + "<samlp:SessionIndex>" + ServiceResponses.escape(ticketId) + "</samlp:SessionIndex>"
                + "</samlp:LogoutRequest>";
    }

    private static String cut(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }
}
