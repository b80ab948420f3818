package vn.dangnhap.cas.internal;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dangnhap.cas.CasService;
import vn.dangnhap.cas.CasServices;
import vn.dangnhap.session.SsoSessionEnded;
import vn.dangnhap.session.LogoutNotice;
import vn.dangnhap.session.LogoutQueue;

/**
 * CAS single logout (the de-facto protocol of Apereo CAS, not in the 3.0 specification): when an
 * SSO session ends, each service that received a service ticket in it and has single logout
 * switched on is queued in the session module's durable {@link LogoutQueue} for a SAML
 * {@code LogoutRequest} whose {@code SessionIndex} is that ticket ({@link CasLogoutMessage}). The session's
 * unused tickets and proxy-granting tickets are ended too.
 */
@Component
class SingleLogout {

    private record Served(String ticketId, String serviceCode, String service, UUID accountId) {}

    private final JdbcClient jdbc;
    private final CasServices services;
    private final TicketStore tickets;
    private final LogoutQueue queue;

    SingleLogout(JdbcClient jdbc, CasServices services, TicketStore tickets, LogoutQueue queue) {
        this.jdbc = jdbc;
        this.services = services;
        this.tickets = tickets;
        this.queue = queue;
    }

    @EventListener
    void on(SsoSessionEnded ended) {
        if (enqueue(ended.sid()) > 0) {
            queue.sendSoon();
        }
    }

    @Transactional
    int enqueue(String sid) {
        List<Served> served = jdbc.sql("SELECT ticket_id, service_code, service, account_id FROM cas_session_service WHERE sid = ?")
                .param(sid)
                .query((rs, n) -> new Served(rs.getString("ticket_id"), rs.getString("service_code"), rs.getString("service"),
                        rs.getObject("account_id", UUID.class)))
                .list();
        int queued = 0;
        Set<String> told = new HashSet<>();
        for (Served s : served) {
            boolean slo = services.find(s.serviceCode()).filter(CasService::enabled).filter(CasService::sloEnabled).isPresent();
            // One request per service URL and ticket; the same URL twice in a session is told about each ticket.
            if (slo && told.add(s.ticketId())) {
                queue.enqueue(new LogoutNotice(CasLogoutMessage.PROTOCOL, s.serviceCode(), URI.create(s.service()),
                        s.accountId().toString(), s.ticketId(), null));
                queued++;
            }
        }
        jdbc.sql("DELETE FROM cas_session_service WHERE sid = ?").param(sid).update();
        tickets.endSession(sid);
        return queued;
    }
}
