package vn.dangnhap.cas.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangnhap.cas.CasService;
import vn.dangnhap.cas.CasServices;
import vn.dangnhap.cas.CasTicketIssued;
import vn.dangnhap.cas.CasTicketValidated;
import vn.dangnhap.cas.internal.ServiceResponses.Success;
import vn.dangnhap.cas.internal.TicketStore.ProxyGrantingTicket;
import vn.dangnhap.cas.internal.TicketStore.ServiceTicket;
import vn.dangnhap.entry.ApplicationEntry;
import vn.dangnhap.entry.Entry;
import vn.dangnhap.entry.EntryProtocol;
import vn.dangnhap.login.Account;
import vn.dangnhap.login.Accounts;
import vn.dangnhap.shared.ClientInfo;

/**
 * Ticket validation, CAS Protocol 3.0 §2.4–2.7: {@code /cas/validate} (CAS 1.0, plain text),
 * {@code /cas/serviceValidate} and {@code /cas/proxyValidate} (CAS 2.0, no attributes),
 * {@code /cas/p3/serviceValidate} and {@code /cas/p3/proxyValidate} (CAS 3.0, with attributes),
 * XML or {@code format=JSON}; and {@code /cas/proxy} (§2.7), which turns a proxy-granting ticket
 * into a proxy ticket. Every validation attempt consumes the ticket, whatever its outcome (§3.1.1),
 * except a request with a {@code format} other than XML or JSON (§2.5.1), refused before the ticket is read.
 *
 * <p>Error codes: {@code INVALID_REQUEST} (a required parameter is missing, an unsupported {@code format}),
 * {@code INVALID_TICKET_SPEC} (a proxy ticket at a service-ticket-only endpoint),
 * {@code INVALID_TICKET} (unknown, used or expired), {@code INVALID_SERVICE} (the ticket was issued
 * for another service), {@code UNAUTHORIZED_SERVICE} (the entry decision, asked again at validation,
 * refuses the account: a right removed or the account locked since the ticket was issued),
 * {@code UNAUTHORIZED_SERVICE_PROXY} (the target service is not registered), {@code INTERNAL_ERROR}.
 */
@RestController
class CasValidationController {

    private static final Logger log = LoggerFactory.getLogger(CasValidationController.class);
    private static final MediaType XML = new MediaType("application", "xml", java.nio.charset.StandardCharsets.UTF_8);
    private static final MediaType TEXT = new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8);
    /** SOAP 1.1 is {@code text/xml}. */
    private static final MediaType SOAP_XML = new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8);
    /** A SAML 1.1 request is a few hundred bytes; anything past this is not one. */
    private static final int SAML_REQUEST_LIMIT = 16 * 1024;

    private final TicketStore store;
    private final Tickets tickets;
    private final CasServices services;
    private final ApplicationEntry entry;
    private final Accounts accounts;
    private final ProxyCallback callback;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    CasValidationController(TicketStore store, Tickets tickets, CasServices services, ApplicationEntry entry,
                            Accounts accounts, ProxyCallback callback, ApplicationEventPublisher events, java.time.Clock clock) {
        this.store = store;
        this.tickets = tickets;
        this.services = services;
        this.entry = entry;
        this.accounts = accounts;
        this.callback = callback;
        this.events = events;
        this.clock = clock;
    }

    /** What the application is told on success: {@code <cas:user>} and the CAS 3.0 attributes. */
    private record Released(String user, Map<String, List<String>> attributes) {}

    /** The outcome of checking a ticket, before it is written out in one of the formats. */
    private record Outcome(String errorCode, String description, ServiceTicket ticket, Released released,
                           String pgtIou) {

        static Outcome failure(String code, String description) {
            return new Outcome(code, description, null, null, null);
        }

        static Outcome failure(String code, String description, ServiceTicket ticket) {
            return new Outcome(code, description, ticket, null, null);
        }
    }

    /** §2.4: "yes\nuser\n" or "no\n\n". */
    @GetMapping("/cas/validate")
    ResponseEntity<String> validate(@RequestParam(required = false) String service, @RequestParam(required = false) String ticket,
                                    @RequestParam(required = false) String renew, HttpServletRequest request) {
        Outcome outcome = check("/cas/validate", service, ticket, renew, null, false, request);
        String body = outcome.errorCode() == null ? "yes\n" + outcome.released().user() + "\n" : "no\n\n";
        return ResponseEntity.ok().contentType(TEXT).body(body);
    }

    /**
     * §2.5–2.6 and §2.8: the CAS 2.0 and 3.0 validation endpoints differ only in whether proxy
     * tickets are accepted ({@code proxyValidate}) and whether attributes are released ({@code /p3/}).
     */
    @GetMapping({"/cas/serviceValidate", "/cas/proxyValidate", "/cas/p3/serviceValidate", "/cas/p3/proxyValidate"})
    ResponseEntity<String> serviceOrProxyValidate(@RequestParam(required = false) String service,
                                                  @RequestParam(required = false) String ticket,
                                                  @RequestParam(required = false) String pgtUrl,
                                                  @RequestParam(required = false) String renew,
                                                  @RequestParam(required = false) String format, HttpServletRequest request) {
        String endpoint = request.getServletPath();
        boolean acceptsProxyTickets = endpoint.endsWith("/proxyValidate");
        boolean releasesAttributes = endpoint.startsWith("/cas/p3/");
        if (!supportedFormat(format)) {
            // §2.5.1: XML or JSON only; anything else is a bad request, answered in XML, the ticket left unused.
            return answer(rejected(endpoint, service, "INVALID_REQUEST", "Unsupported format '" + cut(format)
                    + "': XML or JSON", request), false, null);
        }
        return answer(check(endpoint, service, ticket, renew, pgtUrl, acceptsProxyTickets, request), releasesAttributes, format);
    }

    private static boolean supportedFormat(String format) {
        return format == null || format.isEmpty() || "XML".equalsIgnoreCase(format) || "JSON".equalsIgnoreCase(format);
    }

    /**
     * CAS Protocol 3.0 Appendix, SAML 1.1 ticket validation: a POSTed SOAP envelope whose
     * {@code AssertionArtifact} is a service ticket, the service in the {@code TARGET} parameter. The
     * same checks as {@code /cas/p3/serviceValidate} (service tickets only, the ticket used up, the
     * CAS 3.0 attributes); the answer is a SAML 1.1 response ({@link Saml11Messages}), unsigned, with
     * status {@code samlp:Success}, {@code samlp:Requester} (no ticket, no {@code TARGET}, not a
     * SAML request), {@code samlp:RequestDenied} (the ticket refused; the CAS error code in the message)
     * or {@code samlp:Responder} (an internal error).
     */
    @PostMapping("/cas/samlValidate")
    ResponseEntity<String> samlValidate(@RequestParam(name = "TARGET", required = false) String target,
                                        HttpServletRequest request) throws java.io.IOException {
        byte[] bytes = request.getInputStream().readNBytes(SAML_REQUEST_LIMIT + 1);
        Optional<Saml11Messages.Request> saml = bytes.length > SAML_REQUEST_LIMIT ? Optional.empty()
                : Saml11Messages.read(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        Outcome outcome = saml.isEmpty() || isBlank(target)
                ? rejected("/cas/samlValidate", target, "INVALID_REQUEST",
                        "A SOAP envelope with a SAML 1.1 AssertionArtifact and the TARGET parameter are required", request)
                : check("/cas/samlValidate", target, saml.get().artifact(), null, null, false, request);
        String body;
        if (outcome.errorCode() == null) {
            body = Saml11Messages.success(saml.get(), new Saml11Messages.Assertion(outcome.released().user(),
                    outcome.released().attributes(), outcome.ticket().authenticatedAt(), target),
                    org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromContextPath(request).toUriString(),
                    clock.instant());
        } else {
            String status = switch (outcome.errorCode()) {
                case "INVALID_REQUEST" -> "Requester";
                case "INTERNAL_ERROR" -> "Responder";
                default -> "RequestDenied";
            };
            body = Saml11Messages.failure(saml.orElse(null),
                    new Saml11Messages.Failure(status, outcome.errorCode() + ": " + outcome.description()), clock.instant());
        }
        return ResponseEntity.ok().contentType(SOAP_XML).body(body);
    }

    /** §2.7: a proxy ticket for {@code targetService}, which must be a registered, enabled service. */
    @GetMapping("/cas/proxy")
    ResponseEntity<String> proxy(@RequestParam(required = false) String pgt, @RequestParam(required = false) String targetService,
                                 @RequestParam(required = false) String format) {
        boolean json = "JSON".equalsIgnoreCase(format);
        if (!supportedFormat(format)) {
            return body(ServiceResponses.proxyFailure("INVALID_REQUEST", "Unsupported format '" + cut(format) + "': XML or JSON",
                    false), false);
        }
        if (isBlank(pgt) || isBlank(targetService)) {
            return body(ServiceResponses.proxyFailure("INVALID_REQUEST", "'pgt' and 'targetService' are required", json), json);
        }
        Optional<ProxyGrantingTicket> granting = store.proxyGrantingTicket(pgt)
                .filter(t -> t.expiresAt().isAfter(clock.instant()));
        if (granting.isEmpty()) {
            return body(ServiceResponses.proxyFailure("INVALID_TICKET", "Ticket '" + pgt + "' not recognized", json), json);
        }
        Optional<CasService> target = services.forServiceUrl(targetService).filter(CasService::enabled);
        if (target.isEmpty()) {
            return body(ServiceResponses.proxyFailure("UNAUTHORIZED_SERVICE_PROXY",
                    "The service '" + targetService + "' may not be proxied to", json), json);
        }
        ServiceTicket pt = tickets.proxyTicket(granting.get(), target.get(), targetService);
        events.publishEvent(new CasTicketIssued("PT", pt.accountId(), null, target.get().code(), cut(targetService), null));
        return body(ServiceResponses.proxySuccess(pt.id(), json), json);
    }

    private ResponseEntity<String> answer(Outcome outcome, boolean attributes, String format) {
        boolean json = "JSON".equalsIgnoreCase(format);
        if (outcome.errorCode() != null) {
            return body(ServiceResponses.failure(outcome.errorCode(), outcome.description(), json), json);
        }
        return body(ServiceResponses.success(new Success(outcome.released().user(),
                attributes ? outcome.released().attributes() : null, outcome.pgtIou(), outcome.ticket().proxies()), json), json);
    }

    private Outcome check(String endpoint, String service, String ticketId, String renew, String pgtUrl, boolean proxyAllowed,
                          HttpServletRequest request) {
        Outcome outcome;
        try {
            outcome = checkTicket(service, ticketId, renew, pgtUrl, proxyAllowed, new ClientInfo(ClientInfo.of(request).ip(), null));
        } catch (RuntimeException e) {
            log.error("CAS validation failed", e);
            outcome = Outcome.failure("INTERNAL_ERROR", "The ticket could not be validated");
        }
        return recorded(endpoint, service, outcome, request);
    }

    /** A request refused before its ticket is looked at (the ticket stays unused), audited like any other. */
    private Outcome rejected(String endpoint, String service, String code, String description, HttpServletRequest request) {
        return recorded(endpoint, service, Outcome.failure(code, description), request);
    }

    private Outcome recorded(String endpoint, String service, Outcome outcome, HttpServletRequest request) {
        ServiceTicket t = outcome.ticket();
        events.publishEvent(new CasTicketValidated(endpoint, service == null ? null : cut(service),
                t == null ? null : t.serviceCode(), t == null ? null : t.accountId(),
                outcome.released() == null ? null : outcome.released().user(), outcome.errorCode(), ClientInfo.of(request).ip()));
        return outcome;
    }

    private Outcome checkTicket(String service, String ticketId, String renew, String pgtUrl, boolean proxyAllowed,
                                ClientInfo from) {
        if (isBlank(service) || isBlank(ticketId)) {
            return Outcome.failure("INVALID_REQUEST", "'service' and 'ticket' parameters are both required");
        }
        if (!ticketId.startsWith("ST-") && !ticketId.startsWith("PT-")) {
            return Outcome.failure("INVALID_TICKET_SPEC", "Ticket '" + ticketId + "' is not a service or proxy ticket");
        }
        Optional<ServiceTicket> consumed = store.consume(ticketId);
        if (consumed.isEmpty()) {
            return Outcome.failure("INVALID_TICKET", "Ticket '" + ticketId + "' not recognized");
        }
        ServiceTicket ticket = consumed.get();
        if (!ticket.expiresAt().isAfter(clock.instant())) {
            return Outcome.failure("INVALID_TICKET", "Ticket '" + ticketId + "' has expired", ticket);
        }
        if (ticket.proxy() && !proxyAllowed) {
            return Outcome.failure("INVALID_TICKET_SPEC", "Ticket '" + ticketId + "' is a proxy ticket", ticket);
        }
        if (!ticket.service().equals(service)) {
            return Outcome.failure("INVALID_SERVICE", "Ticket '" + ticketId + "' does not match the service '" + service + "'",
                    ticket);
        }
        Optional<CasService> registration = services.find(ticket.serviceCode()).filter(CasService::enabled);
        if (registration.isEmpty()) {
            return Outcome.failure("INVALID_SERVICE", "The service '" + service + "' is not registered", ticket);
        }
        if ("true".equalsIgnoreCase(renew) && !ticket.fromNewLogin()) {
            return Outcome.failure("INVALID_TICKET", "Ticket '" + ticketId + "' was not issued from a new login", ticket);
        }
        Optional<Account> account = accounts.find(ticket.accountKind(), ticket.accountId());
        if (account.isEmpty()) {
            return Outcome.failure("INVALID_TICKET", "Ticket '" + ticketId + "' belongs to no account", ticket);
        }
        // Asked again: a right removed or an account locked since the ticket was issued stops it here.
        Released released;
        switch (entry.enter(account.get(), ticket.serviceCode(), EntryProtocol.CAS, from)) {
            case Entry.Refused refused -> {
                return Outcome.failure("UNAUTHORIZED_SERVICE", "The account may not use the service (" + refused.reason()
                        + ", reference " + refused.reference() + ")", ticket);
            }
            case Entry.Admitted admitted -> {
                Map<String, List<String>> attributes = new java.util.LinkedHashMap<>(CasAttributes.of(admitted.identity()));
                attributes.putAll(CasAttributes.authentication(ticket));
                released = new Released(admitted.identity().principalName(), attributes);
            }
        }
        String iou = null;
        if (!isBlank(pgtUrl)) {
            iou = grantProxy(ticket, pgtUrl);
        }
        return new Outcome(null, null, ticket, released, iou);
    }

    /** §2.5.4: the PGT goes to the callback; the IOU into the answer, and only if the callback said 200. */
    private String grantProxy(ServiceTicket ticket, String pgtUrl) {
        if (!ProxyCallback.acceptable(pgtUrl)
                || services.forServiceUrl(pgtUrl).filter(CasService::enabled).isEmpty()) {
            return null;
        }
        List<String> proxies = new ArrayList<>();
        proxies.add(pgtUrl);
        proxies.addAll(ticket.proxies());
        ProxyGrantingTicket pgt = tickets.proxyGrantingTicket(ticket, proxies);
        String iou = tickets.newId("PGTIOU");
        if (!callback.deliver(pgtUrl, pgt.id(), iou)) {
            return null;
        }
        tickets.keep(pgt);
        events.publishEvent(new CasTicketIssued("PGT", ticket.accountId(), null, ticket.serviceCode(), cut(pgtUrl), null));
        return iou;
    }

    private static ResponseEntity<String> body(String body, boolean json) {
        return ResponseEntity.ok().contentType(json ? MediaType.APPLICATION_JSON : XML).body(body);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String cut(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }
}
