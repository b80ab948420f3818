package vn.dangnhap.cas;

import java.util.List;
import vn.dangnhap.audit.Audited;
import vn.dangnhap.audit.AuditEntry;
import java.util.UUID;

/**
 * An application validated a ticket (successfully or not).
 *
 * @param endpoint  the endpoint asked, e.g. {@code /cas/p3/serviceValidate}
 * @param errorCode null on success, else the CAS error code ({@code INVALID_TICKET}, {@code INVALID_SERVICE}…)
 * @param accountId the ticket's official, when the ticket was known
 * @param principal the user name released to the application, on success
 */
public record CasTicketValidated(String endpoint, String service, String serviceCode, UUID accountId, String principal,
                                 String errorCode, String ip) implements Audited {

    @Override
    public List<AuditEntry> auditEntries() {
        var line = success() ? AuditEntry.success(CasAuditType.CAS_TICKET_VALIDATED)
                : AuditEntry.failure(CasAuditType.CAS_TICKET_VALIDATED, errorCode);
        return line.account(accountId, principal).client(ip, null).application(serviceCode)
                .detail(endpoint + " service " + service).asList();
    }


    public boolean success() {
        return errorCode == null;
    }
}
