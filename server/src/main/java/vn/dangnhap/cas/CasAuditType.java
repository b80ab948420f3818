package vn.dangnhap.cas;

import vn.dangnhap.audit.AuditType;

/** Audit lines of the CAS protocol. */
public enum CasAuditType implements AuditType {
    CAS_TICKET_ISSUED, CAS_TICKET_VALIDATED, CAS_LOGOUT
}
