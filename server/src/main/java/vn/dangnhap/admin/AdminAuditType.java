package vn.dangnhap.admin;

import vn.dangnhap.audit.AuditType;

/** The audit line an administrator's change writes. */
public enum AdminAuditType implements AuditType {
    /** Reason: the action, e.g. {@code OFFICIAL_CREATED}; detail: what changed, never a password or secret. */
    ADMIN_CHANGE
}
