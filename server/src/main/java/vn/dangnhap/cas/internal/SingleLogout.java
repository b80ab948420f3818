package vn.dangnhap.cas.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangnhap.cas.CasService;
import vn.dangnhap.cas.CasServices;
import vn.dangnhap.session.LogoutNotice;
import vn.dangnhap.session.SessionParticipant;

/**
 * CAS single logout (the de-facto protocol of Apereo CAS, not in the 3.0 specification) as this
 * module's part in the end of an SSO session: each service that received a service ticket in the
 * session and has single logout switched on gets a notice (a SAML {@code LogoutRequest} whose
 * {@code SessionIndex} is that ticket, written by {@link CasLogoutMessage}, sent and retried by the
 * session module's queue). The session's unused tickets and proxy-granting tickets are ended too.
 */
@Component
class SingleLogout implements SessionParticipant {

    private record Served(String ticketId, String serviceCode, String service, UUID accountId) {}

    private final JdbcClient jdbc;
    private final CasServices services;
    private final TicketStore tickets;

    SingleLogout(JdbcClient jdbc, CasServices services, TicketStore tickets) {
        this.jdbc = jdbc;
        this.services = services;
        this.tickets = tickets;
    }

    @Override
    public List<LogoutNotice> endSession(String sid) {
        List<Served> served = jdbc.sql("SELECT ticket_id, service_code, service, account_id FROM cas_session_service WHERE sid = ?")
                .param(sid)
                .query((rs, n) -> new Served(rs.getString("ticket_id"), rs.getString("service_code"), rs.getString("service"),
                        rs.getObject("account_id", UUID.class)))
                .list();
        List<LogoutNotice> notices = new ArrayList<>();
        Set<String> told = new HashSet<>();
        for (Served s : served) {
            boolean slo = services.find(s.serviceCode()).filter(CasService::enabled).filter(CasService::sloEnabled).isPresent();
            // One request per ticket: the same service URL twice in a session is told about each ticket.
            if (slo && told.add(s.ticketId())) {
                notices.add(new LogoutNotice(CasLogoutMessage.PROTOCOL, s.serviceCode(), URI.create(s.service()),
                        s.accountId().toString(), s.ticketId(), null));
            }
        }
        jdbc.sql("DELETE FROM cas_session_service WHERE sid = ?").param(sid).update();
        tickets.endSession(sid);
        return notices;
    }
}
