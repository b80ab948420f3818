package vn.dangnhap.profile;

import vn.dangnhap.audit.AuditType;

/** Audit lines of the phone check on the profile page; numbers appear masked only. */
public enum ProfileAuditType implements AuditType {
    PHONE_CODE_SENT, PHONE_VERIFIED, PHONE_CODE_FAILED
}
