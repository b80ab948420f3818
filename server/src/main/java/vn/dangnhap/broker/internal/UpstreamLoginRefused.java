package vn.dangnhap.broker.internal;

/**
 * An upstream login that cannot go on. {@code reason} goes to the audit trail, {@code messageKey}
 * to the login page; {@code detail} is a short technical note (never a number unmasked).
 */
class UpstreamLoginRefused extends RuntimeException {

    private final String reason;
    private final String messageKey;
    private final String detail;

    UpstreamLoginRefused(String reason, String messageKey, String detail) {
        super(reason + ": " + detail, null, false, false);
        this.reason = reason;
        this.messageKey = messageKey;
        this.detail = detail;
    }

    String reason() {
        return reason;
    }

    String messageKey() {
        return messageKey;
    }

    String detail() {
        return detail;
    }
}
