package vn.dangnhap.audit.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dangnhap.audit.AuditEvent;
import vn.dangnhap.audit.AuditLog;
import vn.dangnhap.audit.AuditQuery;
import vn.dangnhap.shared.BusinessTime;

/** The console page for the audit trail: newest first, filtered by type, outcome, username and dates. */
@Controller
class AuditPage {

    static final int PAGE_SIZE = 200;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(BusinessTime.ZONE);

    private final AuditLog audit;
    private final MessageSource messages;

    AuditPage(AuditLog audit, MessageSource messages) {
        this.audit = audit;
        this.messages = messages;
    }

    /** One line as the page shows it: the time in Vietnam's zone. */
    record AuditRow(String time, AuditEvent event) {}

    /** The filters as typed, shown back in the form. */
    record AuditFilters(String type, String outcome, String username, String from, String to) {}

    @GetMapping("/admin/audit")
    String page(@RequestParam(required = false) String type, @RequestParam(required = false) String outcome,
                @RequestParam(required = false) String username, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, Model model, Locale locale, HttpServletResponse response) {
        Map<String, String> fieldErrors = new HashMap<>();
        LocalDate fromDate = date("from", from, fieldErrors, locale);
        LocalDate toDate = date("to", to, fieldErrors, locale);
        List<AuditRow> rows = List.of();
        if (!fieldErrors.isEmpty()) {
            response.setStatus(400);
        } else {
            rows = audit.search(new AuditQuery(AuditApi.blankToNull(type), AuditApi.blankToNull(outcome), username,
                    fromDate, toDate, PAGE_SIZE)).stream().map(e -> new AuditRow(SHOWN.format(e.occurredAt()), e)).toList();
        }
        model.addAttribute("filters", new AuditFilters(type, outcome, username, from, to));
        model.addAttribute("rows", rows);
        model.addAttribute("fieldErrors", fieldErrors);
        model.addAttribute("pageSize", PAGE_SIZE);
        return "admin/audit";
    }

    private LocalDate date(String field, String text, Map<String, String> fieldErrors, Locale locale) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            fieldErrors.put(field, messages.getMessage("admin.audit.date.invalid", null, locale));
            return null;
        }
    }
}
