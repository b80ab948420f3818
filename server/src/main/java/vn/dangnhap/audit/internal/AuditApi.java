package vn.dangnhap.audit.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangnhap.audit.AuditEvent;
import vn.dangnhap.audit.AuditLog;
import vn.dangnhap.audit.AuditQuery;

/** The audit trail over JSON, newest first. */
@RestController
@Tag(name = "Audit", description = "The audit trail: logins, launches, admin changes")
class AuditApi {

    private final AuditLog audit;

    AuditApi(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/admin/audit")
    @Operation(summary = "Search audit events, newest first",
            description = "type (e.g. LOGIN, ADMIN_CHANGE), outcome (SUCCESS, FAILURE), username (part of), from/to "
                    + "(yyyy-MM-dd, Vietnam calendar days, inclusive), limit (1-1000)")
    List<AuditEvent> search(@RequestParam(required = false) String type, @RequestParam(required = false) String outcome,
                            @RequestParam(required = false) String username,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                            @RequestParam(defaultValue = "200") int limit) {
        return audit.search(new AuditQuery(blankToNull(type), blankToNull(outcome), username, from, to, limit));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
