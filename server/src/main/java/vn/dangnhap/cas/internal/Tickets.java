package vn.dangnhap.cas.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.dangnhap.cas.CasService;
import vn.dangnhap.cas.internal.TicketStore.ProxyGrantingTicket;
import vn.dangnhap.cas.internal.TicketStore.ServiceTicket;
import vn.dangnhap.login.Account;
import vn.dangnhap.login.SessionLogin;

/**
 * Issues tickets (CAS Protocol 3.0 §3): ids are the prefix ({@code ST-}, {@code PT-}, {@code PGT-},
 * {@code PGTIOU-}) and 160 random bits in base64url. A service ticket lives 10 s by default
 * ({@code dangnhap.cas.service-ticket-lifetime}); a proxy-granting ticket as long as the SSO
 * session, at most {@code dangnhap.cas.proxy-granting-ticket-lifetime} (8 h).
 */
@Component
class Tickets {

    private final TicketStore store;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration serviceTicketLifetime;
    private final Duration proxyGrantingTicketLifetime;
    private final SecureRandom random = new SecureRandom();

    Tickets(TicketStore store, JdbcClient jdbc, Clock clock,
            @Value("${dangnhap.cas.service-ticket-lifetime:PT10S}") Duration serviceTicketLifetime,
            @Value("${dangnhap.cas.proxy-granting-ticket-lifetime:PT8H}") Duration proxyGrantingTicketLifetime) {
        this.store = store;
        this.jdbc = jdbc;
        this.clock = clock;
        this.serviceTicketLifetime = serviceTicketLifetime;
        this.proxyGrantingTicketLifetime = proxyGrantingTicketLifetime;
    }

    String newId(String prefix) {
        byte[] bytes = new byte[20];
        random.nextBytes(bytes);
        return prefix + "-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A service ticket, remembered for single logout under the session's {@code sid}. */
    ServiceTicket serviceTicket(CasService registration, String service, Account account, String sid, boolean fromNewLogin,
                                Optional<SessionLogin> login) {
        Instant now = clock.instant();
        UUID accountId = account.id();
        ServiceTicket ticket = new ServiceTicket(newId("ST"), "ST", service, registration.code(), accountId, account.kind(),
                sid, fromNewLogin, login.map(SessionLogin::authenticatedAt).orElse(null),
                login.map(SessionLogin::rememberMe).orElse(false), List.of(), now, now.plus(serviceTicketLifetime));
        store.save(ticket);
        jdbc.sql("""
                INSERT INTO cas_session_service (sid, ticket_id, service_code, service, account_id, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(sid, ticket.id(), registration.code(), service, accountId, now.atOffset(ZoneOffset.UTC))
                .update();
        return ticket;
    }

    ServiceTicket proxyTicket(ProxyGrantingTicket pgt, CasService registration, String targetService) {
        Instant now = clock.instant();
        ServiceTicket ticket = new ServiceTicket(newId("PT"), "PT", targetService, registration.code(), pgt.accountId(),
                pgt.accountKind(), pgt.sid(), false, pgt.authenticatedAt(), pgt.rememberMe(), pgt.proxies(), now,
                now.plus(serviceTicketLifetime));
        store.save(ticket);
        return ticket;
    }

    /** Not stored until the proxy callback answered 200 ({@link #keep}). */
    ProxyGrantingTicket proxyGrantingTicket(ServiceTicket validated, List<String> proxies) {
        Instant now = clock.instant();
        return new ProxyGrantingTicket(newId("PGT"), validated.serviceCode(), validated.accountId(), validated.accountKind(),
                validated.sid(), validated.authenticatedAt(), validated.rememberMe(),
                proxies, now, now.plus(proxyGrantingTicketLifetime));
    }

    void keep(ProxyGrantingTicket pgt) {
        store.save(pgt);
    }

    @Scheduled(fixedDelayString = "${dangnhap.cas.ticket-cleanup-interval:PT5M}")
    void removeExpired() {
        // Keep used service tickets a minute past expiry: a late replay is then still told INVALID_TICKET
        // for the right reason in the log. Either way it fails.
        store.removeExpired(clock.instant().minus(Duration.ofMinutes(1)));
    }
}
