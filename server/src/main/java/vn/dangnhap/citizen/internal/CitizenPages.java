package vn.dangnhap.citizen.internal;

import vn.dangnhap.admin.ActingAdmin;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangnhap.citizen.CitizenCleanup;
import vn.dangnhap.citizen.CleanupCategory;
import vn.dangnhap.shared.InvalidInputException;

/**
 * The citizen clean-up console ({@code /admin/citizens}): counts, the list of each category (the
 * duplicates as groups, each with a merge form), CSV export, an account's page, the merge confirm
 * page, and the bulk disable of unverified legacy accounts after the cut-off (dry-run count first).
 * Bad input reaches the error page with its message and status (see {@code PageErrorMapping}).
 */
@Controller
class CitizenPages {

    static final int DEFAULT_LIMIT = 50;

    private final CitizenCleanup cleanup;
    private final CitizenAdministration citizens;
    private final CitizenCsvExport export;
    private final Clock clock;

    CitizenPages(CitizenCleanup cleanup, CitizenAdministration citizens, CitizenCsvExport export, Clock clock) {
        this.cleanup = cleanup;
        this.citizens = citizens;
        this.export = export;
        this.clock = clock;
    }

    /** Times as the pages show them: Vietnam's zone, to the minute. */
    static final class ShownTimes {
        private static final java.time.format.DateTimeFormatter SHOWN =
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(vn.dangnhap.shared.BusinessTime.ZONE);

        public String of(java.time.Instant instant) {
            return instant == null ? "" : SHOWN.format(instant);
        }
    }

    @org.springframework.web.bind.annotation.ModelAttribute("times")
    ShownTimes times() {
        return new ShownTimes();
    }

    /** The list as asked for, shown back in the page's links. */
    record ListQuery(CleanupCategory category, int months, int limit, int offset) {}

    @GetMapping("/admin/citizens")
    String page(@RequestParam(required = false) String category, @RequestParam(required = false) String months,
                @RequestParam(required = false) String limit, @RequestParam(required = false) String offset, Model model) {
        ListQuery query = new ListQuery(category(category), number("months", months, CitizenCleanup.DEFAULT_DORMANT_MONTHS),
                number("limit", limit, DEFAULT_LIMIT), number("offset", offset, 0));
        model.addAttribute("summary", cleanup.summary(query.months()));
        model.addAttribute("query", query);
        model.addAttribute("categories", CleanupCategory.values());
        List<?> rows = query.category() == CleanupCategory.DUPLICATE
                ? cleanup.duplicateGroups(query.limit(), query.offset())
                : cleanup.list(query.category(), query.months(), query.limit(), query.offset()).stream().map(CitizenRow::of).toList();
        model.addAttribute(query.category() == CleanupCategory.DUPLICATE ? "groups" : "rows", rows);
        model.addAttribute("previousOffset", query.offset() > 0 ? Math.max(0, query.offset() - query.limit()) : null);
        model.addAttribute("nextOffset", rows.size() == query.limit() ? query.offset() + query.limit() : null);
        return "admin/citizens";
    }

    @GetMapping("/admin/citizens/export")
    void export(@RequestParam(required = false) String category, @RequestParam(required = false) String months,
                ActingAdmin admin, HttpServletResponse response,
                Locale locale) throws IOException {
        CleanupCategory list = category(category);
        int n = number("months", months, CitizenCleanup.DEFAULT_DORMANT_MONTHS);
        cleanup.checkDormantMonths(n); // before the first byte is sent
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename(CitizenCsvExport.fileName(list, clock), StandardCharsets.UTF_8).build().toString());
        export.write(list, n, locale, response.getOutputStream(), CitizenAdministration.actor(admin));
    }

    @GetMapping("/admin/citizens/{id}")
    String account(@PathVariable String id, Model model) {
        model.addAttribute("detail", citizens.detail(uuid("id", id)));
        return "admin/citizen";
    }

    @PostMapping("/admin/citizens/{id}/disable")
    String disable(@PathVariable String id, ActingAdmin admin,
                   RedirectAttributes redirect) {
        UUID account = uuid("id", id);
        cleanup.disable(account, CitizenAdministration.actor(admin));
        redirect.addFlashAttribute("notice", "admin.citizens.disabled");
        redirect.addFlashAttribute("noticeArg", "");
        return "redirect:/admin/citizens/" + account;
    }

    @PostMapping("/admin/citizens/{id}/enable")
    String enable(@PathVariable String id, ActingAdmin admin,
                  RedirectAttributes redirect) {
        UUID account = uuid("id", id);
        cleanup.enable(account, CitizenAdministration.actor(admin));
        redirect.addFlashAttribute("notice", "admin.citizens.enabled");
        redirect.addFlashAttribute("noticeArg", "");
        return "redirect:/admin/citizens/" + account;
    }

    /**
     * The confirm page: from a duplicate group ({@code account} = every member, {@code survivor} = the chosen
     * one) or from two ids typed ({@code survivor}, {@code merged}).
     */
    @GetMapping("/admin/citizens/merge")
    String confirmMerge(@RequestParam(required = false) String survivor,
                        @RequestParam(name = "account", required = false) List<String> members,
                        @RequestParam(name = "merged", required = false) List<String> merged, Model model) {
        UUID survivorId = blank(survivor) ? null : uuid("survivorId", survivor);
        List<UUID> others = new java.util.ArrayList<>();
        // the group's other members; an id typed as "merged" is kept even when it is the survivor (the plan refuses it)
        ids("mergedId", members).stream().filter(m -> !m.equals(survivorId)).forEach(others::add);
        others.addAll(ids("mergedId", merged));
        model.addAttribute("plan", citizens.plan(survivorId, others));
        return "admin/citizen-merge";
    }

    @PostMapping("/admin/citizens/merge")
    String merge(@RequestParam(required = false) String survivor, @RequestParam(name = "merged", required = false) List<String> merged,
                 ActingAdmin admin, RedirectAttributes redirect) {
        UUID survivorId = blank(survivor) ? null : uuid("survivorId", survivor);
        List<UUID> mergedIds = ids("mergedId", merged);
        citizens.merge(admin, survivorId, mergedIds);
        redirect.addFlashAttribute("notice", "admin.citizens.merged");
        redirect.addFlashAttribute("noticeArg", mergedIds.size());
        return "redirect:/admin/citizens/" + survivorId;
    }

    @GetMapping("/admin/citizens/bulk-disable")
    String bulkDisablePage(Model model) {
        model.addAttribute("cutoff", cleanup.passwordCutoff());
        model.addAttribute("cutoffReached", cleanup.cutoffReached());
        model.addAttribute("count", cleanup.bulkDisableCount());
        return "admin/citizen-bulk-disable";
    }

    @PostMapping("/admin/citizens/bulk-disable")
    String bulkDisable(ActingAdmin admin, RedirectAttributes redirect) {
        int count = cleanup.bulkDisable(CitizenAdministration.actor(admin));
        redirect.addFlashAttribute("notice", "admin.citizens.bulk-disabled");
        redirect.addFlashAttribute("noticeArg", count);
        return "redirect:/admin/citizens/bulk-disable";
    }

    static CleanupCategory category(String text) {
        if (blank(text)) {
            return CleanupCategory.UNVERIFIED;
        }
        try {
            return CleanupCategory.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("category", "citizen.cleanup.category");
        }
    }

    private static int number(String field, String text, int fallback) {
        if (blank(text)) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "citizen.cleanup.number");
        }
    }

    private static UUID uuid(String field, String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "citizen.cleanup.id");
        }
    }

    private static List<UUID> ids(String field, List<String> texts) {
        return texts == null ? List.of() : texts.stream().filter(s -> !blank(s)).map(s -> uuid(field, s)).distinct().toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
