package vn.dangnhap.login;

import vn.dangnhap.audit.AuditType;

/** Audit lines of the login module. */
public enum LoginAuditType implements AuditType {
    LOGIN, LOGOUT
}
