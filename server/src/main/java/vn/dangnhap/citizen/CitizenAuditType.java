package vn.dangnhap.citizen;

import vn.dangnhap.audit.AuditType;

/** Audit lines of citizen accounts: verification, consent and clean-up. */
public enum CitizenAuditType implements AuditType {
    CITIZEN_MERGED, CITIZEN_DISABLED, CITIZEN_ENABLED, CITIZEN_BULK_DISABLE, CITIZEN_EXPORT, CITIZEN_VERIFY, CITIZEN_CONSENT
}
