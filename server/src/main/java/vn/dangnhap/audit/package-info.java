/**
 * Audit trail: an append-only log of authentications, logouts, application launches, refusals and
 * admin changes — who, when, from where, which application, outcome. Depends on nobody: a module
 * whose event belongs in the trail makes the event implement {@link vn.dangnhap.audit.Audited} and
 * names its line kinds in an enum implementing {@link vn.dangnhap.audit.AuditType}; one listener here
 * writes every such event's {@link vn.dangnhap.audit.AuditEntry lines}. The console's audit page and
 * the read API ({@code /admin/audit}, {@code /api/admin/audit}) live here too.
 * First cut: hash chaining, export and retention come with the audit issue.
 *
 * <p>Public API: {@link vn.dangnhap.audit.AuditLog}, {@link vn.dangnhap.audit.Audited},
 * {@link vn.dangnhap.audit.AuditEntry}, {@link vn.dangnhap.audit.AuditType}, {@link vn.dangnhap.audit.AuditEvent}
 * (a stored line), {@link vn.dangnhap.audit.AuditQuery}. Table: {@code audit_event} (INSERT and SELECT only).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package vn.dangnhap.audit;
