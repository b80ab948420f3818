package vn.dangnhap.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the audit trail as stored and read back (lines are written as {@link AuditEntry}).
 *
 * @param type        what happened, e.g. {@code LOGIN}, {@code LOGOUT}, {@code APP_LAUNCH}, {@code ADMIN_CHANGE}
 * @param outcome     {@code SUCCESS} or {@code FAILURE}
 * @param username    the account's e-mail, or for failures what was typed
 * @param reason      a reason code for failures ({@code BAD_PASSWORD}…) or the admin action
 * @param application the application concerned, if any
 * @param detail      a short free text (never a password, token or identity number)
 */
public record AuditEvent(Long id, Instant occurredAt, String type, String outcome, UUID accountId, String username,
                         String reason, String ip, String userAgent, String application, String detail) {
}
