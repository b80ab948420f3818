package vn.dangnhap.linking;

import java.time.Instant;
import java.util.UUID;

/**
 * An official's account in one application.
 *
 * @param applicationAccount the name the application knows the official by
 * @param createdBy          the e-mail of who made the link, or the application's client id
 */
public record AppLink(UUID id, UUID accountId, String applicationCode, String applicationAccount, Origin origin,
                      Status status, Instant createdAt, String createdBy) {

    /** How the link was made. */
    public enum Origin { ADMIN, IMPORT, SELF_SERVICE, APPLICATION }

    /** A self-service link is PENDING until the application confirms it or an administrator approves it. */
    public enum Status { ACTIVE, PENDING }

    public boolean active() {
        return status == Status.ACTIVE;
    }

    /** The link as an audit line's detail tells it, with who acted. */
    public String describe(String actor) {
        return "application account " + applicationAccount + " (" + status + ") by " + actor;
    }
}
