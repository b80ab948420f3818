package vn.dangnhap.audit;

/**
 * What kind of line an audit entry is, e.g. {@code LOGIN} or {@code ENTRY_REFUSED}. Each module
 * names the kinds it writes in an enum of its own that implements this interface, so the audit
 * module knows no other module; the trail stores and searches the {@link #name()}.
 */
public interface AuditType {

    String name();
}
