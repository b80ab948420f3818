package vn.dangnhap.audit;

import java.util.List;

/**
 * An application event that belongs in the audit trail. The publishing module says what the lines
 * hold; the audit module writes them for every such event it sees, without knowing the event's
 * class. Most events write one line; a merge writes one on each account it touches.
 */
public interface Audited {

    List<AuditEntry> auditEntries();
}
