package vn.dangnhap.credential;

import vn.dangnhap.audit.AuditType;

/** Audit lines of brute-force protection and the password lifecycle. */
public enum CredentialAuditType implements AuditType {
    TEMP_LOCK, UNLOCK, CLIENT_THROTTLE, ACCOUNT_LOCKED
}
