package vn.dangnhap.cas;

import java.util.List;
import vn.dangnhap.audit.Audited;
import vn.dangnhap.audit.AuditEntry;
import java.util.UUID;
import vn.dangnhap.shared.ClientInfo;

/**
 * A ticket was issued: {@code ST} at {@code /cas/login}, {@code PGT} at validation with a
 * {@code pgtUrl}, {@code PT} at {@code /cas/proxy}. The ticket itself is never in the event.
 *
 * @param client where the browser was (null for PGT and PT, which a server asks for)
 */
public record CasTicketIssued(String kind, UUID accountId, String email, String serviceCode, String service,
                              ClientInfo client) implements Audited {

    @Override
    public List<AuditEntry> auditEntries() {
        return AuditEntry.success(CasAuditType.CAS_TICKET_ISSUED).reason(kind).account(accountId, email)
                .client(client == null ? null : client.ip(), client == null ? null : client.userAgent())
                .application(serviceCode).detail("service " + service).asList();
    }
}
