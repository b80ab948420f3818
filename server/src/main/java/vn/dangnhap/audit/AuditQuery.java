package vn.dangnhap.audit;

import java.time.LocalDate;

/** Filters for the audit list; null fields do not filter; dates are Vietnamese calendar days, inclusive. */
public record AuditQuery(String type, String outcome, String username, LocalDate from, LocalDate to, int limit) {

    public AuditQuery {
        limit = Math.clamp(limit, 1, 1000);
    }
}
