package vn.dangnhap.oidc;

import vn.dangnhap.audit.AuditType;

/** Audit lines of the OpenID Connect provider. */
public enum OidcAuditType implements AuditType {
    TOKEN_ISSUED, REFRESH_REUSE, CONSENT_GRANTED, CONSENT_REVOKED, BACKCHANNEL_LOGOUT;

    /** OpenID Connect subjects of people are account ids; a client acting for itself has none. */
    static java.util.UUID accountOf(String subject) {
        try {
            return java.util.UUID.fromString(subject);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
