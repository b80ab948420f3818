/**
 * Audit trail: an append-only log of authentications, logouts, application launches and admin
 * changes — who, when, from where, which application, outcome. Listens to the other modules'
 * events; admin changes are recorded through {@link vn.dangnhap.audit.AuditLog#record}.
 * First cut: hash chaining, export and retention come with the audit issue.
 *
 * <p>Public API: {@link vn.dangnhap.audit.AuditLog}, {@link vn.dangnhap.audit.AuditEvent},
 * {@link vn.dangnhap.audit.AuditQuery}. Table: {@code audit_event} (INSERT and SELECT only).
 */
package vn.dangnhap.audit;
