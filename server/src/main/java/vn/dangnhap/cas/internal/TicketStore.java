package vn.dangnhap.cas.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.dangnhap.shared.AccountKind;

/**
 * Where CAS tickets live between issue and validation. Behind an interface so that a second node
 * can validate what the first issued ({@link JdbcTicketStore} shares them through the database;
 * a Redis store can come with the cluster issue). Ticket ids are stored only as digests.
 */
interface TicketStore {

    /**
     * A service ticket ({@code ST}) or proxy ticket ({@code PT}).
     *
     * @param fromNewLogin    issued right after the person typed their password for it (the login page was shown)
     * @param authenticatedAt when the person of the SSO session last proved who they are; null for tickets of older versions
     * @param rememberMe      the login ticked "Ghi nhớ đăng nhập"
     */
    record ServiceTicket(String id, String kind, String service, String serviceCode, UUID accountId,
                         AccountKind accountKind, String sid, boolean fromNewLogin, Instant authenticatedAt,
                         boolean rememberMe, List<String> proxies, Instant createdAt, Instant expiresAt) {

        boolean proxy() {
            return "PT".equals(kind);
        }
    }

    /** A proxy-granting ticket; {@code proxies} newest first, the callback URL it was sent to at the head. */
    record ProxyGrantingTicket(String id, String serviceCode, UUID accountId, AccountKind accountKind, String sid,
                               Instant authenticatedAt, boolean rememberMe, List<String> proxies, Instant createdAt,
                               Instant expiresAt) {}

    void save(ServiceTicket ticket);

    /**
     * Marks the ticket used and returns it — once: a second call, on this node or another, finds
     * nothing (conditional UPDATE). Expiry is the caller's to check: an expired ticket is consumed too.
     */
    Optional<ServiceTicket> consume(String ticketId);

    void save(ProxyGrantingTicket ticket);

    Optional<ProxyGrantingTicket> proxyGrantingTicket(String ticketId);

    /** The SSO session ended: its unused tickets and its proxy-granting tickets die with it. */
    void endSession(String sid);

    /** Deletes tickets expired before {@code before}. */
    int removeExpired(Instant before);
}
