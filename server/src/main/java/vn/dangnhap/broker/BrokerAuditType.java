package vn.dangnhap.broker;

import vn.dangnhap.audit.AuditType;

/** Audit lines of the login through an upstream identity provider (VNeID). Numbers appear masked only. */
public enum BrokerAuditType implements AuditType {
    UPSTREAM_LOGIN, EID_ACCOUNT_CREATED, EID_ATTACH
}
