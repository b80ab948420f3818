package vn.dangnhap.linking;

import vn.dangnhap.audit.AuditType;

/** Audit lines of account links. */
public enum LinkingAuditType implements AuditType {
    LINK_CREATED, LINK_CONFIRMED, LINK_REMOVED, LINK_REFUSED, LINK_CLAIM, CITIZEN_LINKS_MOVED
}
