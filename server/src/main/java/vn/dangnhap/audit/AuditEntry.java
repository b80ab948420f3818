package vn.dangnhap.audit;

import java.util.UUID;

/**
 * One line to append to the audit trail, built with {@link #success} or {@link #failure}:
 * <pre>{@code AuditEntry.failure(LoginAudit.LOGIN, "BAD_PASSWORD").account(id, typedName).client(ip, userAgent).build()}</pre>
 *
 * @param username    the account's login name (e-mail, user name, masked number), or what was typed
 * @param reason      a reason code for failures, or the action for admin changes
 * @param application the application concerned, if any
 * @param detail      a short free text: never a password, a token or a full identity number
 */
public record AuditEntry(AuditType type, Outcome outcome, UUID accountId, String username, String reason, String ip,
                         String userAgent, String application, String detail) {

    /** How what the line records ended; a person who stopped half-way (e.g. at VNeID) cancelled. */
    public enum Outcome { SUCCESS, FAILURE, CANCELLED }

    public static Builder success(AuditType type) {
        return new Builder(type, Outcome.SUCCESS, null);
    }

    public static Builder failure(AuditType type, String reason) {
        return new Builder(type, Outcome.FAILURE, reason);
    }

    public static Builder cancelled(AuditType type, String reason) {
        return new Builder(type, Outcome.CANCELLED, reason);
    }

    /** Fills a line field by field; unset fields stay empty. */
    public static final class Builder {

        private final AuditType type;
        private final Outcome outcome;
        private String reason;
        private UUID accountId;
        private String username;
        private String ip;
        private String userAgent;
        private String application;
        private String detail;

        private Builder(AuditType type, Outcome outcome, String reason) {
            this.type = type;
            this.outcome = outcome;
            this.reason = reason;
        }

        public Builder account(UUID accountId, String username) {
            this.accountId = accountId;
            this.username = username;
            return this;
        }

        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        /** Where the request came from; either may be null (a server-side job has neither). */
        public Builder client(String ip, String userAgent) {
            this.ip = ip;
            this.userAgent = userAgent;
            return this;
        }

        public Builder application(String application) {
            this.application = application;
            return this;
        }

        public Builder detail(String detail) {
            this.detail = detail;
            return this;
        }

        public AuditEntry build() {
            return new AuditEntry(type, outcome, accountId, username, reason, ip, userAgent, application, detail);
        }

        /** The line as the only one its event writes. */
        public java.util.List<AuditEntry> asList() {
            return java.util.List.of(build());
        }
    }
}
