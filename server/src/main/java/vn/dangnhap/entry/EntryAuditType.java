package vn.dangnhap.entry;

import vn.dangnhap.audit.AuditType;

/** Audit lines of the entry decision. */
public enum EntryAuditType implements AuditType {
    ENTRY_REFUSED
}
