package vn.dangnhap.cas.internal;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.dangnhap.cas.CasLogoutAttempted;
import vn.dangnhap.session.LogoutAnswer;
import vn.dangnhap.session.LogoutMessage;
import vn.dangnhap.session.LogoutNotice;

/**
 * CAS single logout as a message of the session module's logout queue: the form parameter
 * {@code logoutRequest} holding a SAML 2.0 {@code <samlp:LogoutRequest>} whose
 * {@code <samlp:SessionIndex>} is the service ticket the application validated (what the Apereo
 * CAS clients' {@code SingleSignOutFilter} expects). The recipient is the service code, the
 * subject the account id.
 */
@Component
class CasLogoutMessage implements LogoutMessage {

    static final String PROTOCOL = "CAS";

    private final Clock clock;
    private final ApplicationEventPublisher events;

    CasLogoutMessage(Clock clock, ApplicationEventPublisher events) {
        this.clock = clock;
        this.events = events;
    }

    @Override
    public String protocol() {
        return PROTOCOL;
    }

    @Override
    public String formBody(LogoutNotice notice) {
        return LogoutMessage.formField("logoutRequest", logoutRequest(notice.sessionRef()));
    }

    /**
     * Any 2xx or 3xx is delivered (the Apache httpd CAS module answers 302); a 5xx is tried again; a
     * client error is final — CAS Protocol 3.0 §2.3.3.1: the server ignores the client's errors.
     */
    @Override
    public LogoutAnswer judge(int status) {
        if (status >= 200 && status < 400) {
            return LogoutAnswer.DELIVERED;
        }
        return LogoutAnswer.serverError(status) ? LogoutAnswer.TRY_AGAIN : LogoutAnswer.REFUSED;
    }

    @Override
    public void attempted(LogoutNotice notice, String outcome, int attempt, String error) {
        events.publishEvent(new CasLogoutAttempted(notice.recipient(), UUID.fromString(notice.subject()), outcome, attempt, error));
    }

    /** SAML 2.0 Core §3.7.1; the NameID is not used by CAS clients, the SessionIndex is the ticket. */
    String logoutRequest(String ticketId) {
        String instant = DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        return "<samlp:LogoutRequest xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\""
                + " xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\" ID=\"LR-" + UUID.randomUUID()
                + "\" Version=\"2.0\" IssueInstant=\"" + instant + "\">"
                + "<saml:NameID>@NOT_USED@</saml:NameID>"
                + "<samlp:SessionIndex>" + ServiceResponses.escape(ticketId) + "</samlp:SessionIndex>"
                + "</samlp:LogoutRequest>";
    }
}
