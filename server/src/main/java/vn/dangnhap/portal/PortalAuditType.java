package vn.dangnhap.portal;

import vn.dangnhap.audit.AuditType;

/** Audit lines of the portal. */
public enum PortalAuditType implements AuditType {
    APP_LAUNCH
}
