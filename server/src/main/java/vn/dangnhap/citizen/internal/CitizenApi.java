package vn.dangnhap.citizen.internal;

import vn.dangnhap.admin.ActingAdmin;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangnhap.audit.AuditEvent;
import vn.dangnhap.citizen.CitizenCleanup;
import vn.dangnhap.citizen.CleanupCategory;
import vn.dangnhap.citizen.CleanupSummary;
import vn.dangnhap.citizen.DuplicateGroup;
import vn.dangnhap.linking.AppLink;

/** The citizen clean-up over JSON (and CSV). Identity numbers are masked in every answer. */
@RestController
@RequestMapping("/api/admin/citizens")
@Tag(name = "Citizens", description = "Citizen account clean-up: reports, merge, disable, bulk disable after the cut-off, export")
class CitizenApi {

    private final CitizenCleanup cleanup;
    private final CitizenAdministration citizens;
    private final CitizenCsvExport export;
    private final Clock clock;

    CitizenApi(CitizenCleanup cleanup, CitizenAdministration citizens, CitizenCsvExport export, Clock clock) {
        this.cleanup = cleanup;
        this.citizens = citizens;
        this.export = export;
        this.clock = clock;
    }

    /** A page of a list; {@code total} counts the whole list. */
    record CitizenPage(CleanupCategory category, long total, int limit, int offset, List<CitizenRow> accounts) {}

    /** A duplicate group with masked numbers. */
    record GroupView(DuplicateGroup.Kind kind, String maskedPin, String fullName, LocalDate birthDate, List<CitizenRow> accounts) {}

    record DetailView(CitizenRow account, CitizenRow mergedInto, List<CitizenRow> merged, List<AppLink> links,
                      List<AuditEvent> history) {}

    /** Merge {@code mergedId} into {@code survivorId}. */
    record MergeRequest(UUID survivorId, UUID mergedId) {}

    /** {@code count} accounts would be (dry run) or were disabled. */
    record BulkDisableView(boolean dryRun, LocalDate cutoff, boolean cutoffReached, long count) {}

    @GetMapping("/summary")
    @Operation(summary = "Counts: verified, unverified, duplicate (accounts and groups), dormant for N months (default 12)")
    CleanupSummary summary(@RequestParam(defaultValue = "12") int months) {
        return cleanup.summary(months);
    }

    @GetMapping
    @Operation(summary = "One page of a list: category VERIFIED, UNVERIFIED, DUPLICATE or DORMANT (months, default 12); "
            + "limit 1-500, offset; oldest first; merged accounts are in no list")
    CitizenPage list(@RequestParam CleanupCategory category, @RequestParam(defaultValue = "12") int months,
                     @RequestParam(defaultValue = "50") int limit, @RequestParam(defaultValue = "0") int offset) {
        List<CitizenRow> rows = cleanup.list(category, months, limit, offset).stream().map(CitizenRow::of).toList();
        return new CitizenPage(category, cleanup.count(category, months), limit, offset, rows);
    }

    @GetMapping("/duplicate-groups")
    @Operation(summary = "Duplicate groups: same number (verified or claimed), then same normalised name and birth date")
    List<GroupView> groups(@RequestParam(defaultValue = "50") int limit, @RequestParam(defaultValue = "0") int offset) {
        return cleanup.duplicateGroups(limit, offset).stream().map(g -> new GroupView(g.kind(), g.maskedPin(), g.fullName(),
                g.birthDate(), g.accounts().stream().map(CitizenRow::of).toList())).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One account: links, the account it was merged into, the accounts merged into it, and the "
            + "history (its audit lines and those of the accounts merged into it)")
    DetailView one(@PathVariable UUID id) {
        CitizenAdministration.Detail d = citizens.detail(id);
        return new DetailView(d.account(), d.mergedInto(), d.merged(), d.links(), d.history());
    }

    @PostMapping("/merge")
    @Operation(summary = "Merge an account into the survivor: links move, the merged account stays readable but can "
            + "never sign in. 404 unknown id, 400 same account, 409 already merged or two different verified numbers")
    CitizenRow merge(@RequestBody MergeRequest body, ActingAdmin admin) {
        return citizens.merge(admin, body.survivorId(),
                body.mergedId() == null ? List.of() : List.of(body.mergedId()));
    }

    @PostMapping("/{id}/disable")
    @Operation(summary = "Disable the account (409 for a merged account)")
    CitizenRow disable(@PathVariable UUID id, ActingAdmin admin) {
        return CitizenRow.of(cleanup.disable(id, CitizenAdministration.actor(admin)));
    }

    @PostMapping("/{id}/enable")
    @Operation(summary = "Enable a disabled account again (409 for a merged account)")
    CitizenRow enable(@PathVariable UUID id, ActingAdmin admin) {
        return CitizenRow.of(cleanup.enable(id, CitizenAdministration.actor(admin)));
    }

    @PostMapping("/bulk-disable")
    @Operation(summary = "Disable every active legacy account without a verified number. dryRun=true (default) only "
            + "counts. 409 before the cut-off (dangnhap.citizen.password-cutoff)")
    BulkDisableView bulkDisable(@RequestParam(defaultValue = "true") boolean dryRun, ActingAdmin admin) {
        if (dryRun) {
            return new BulkDisableView(true, cleanup.passwordCutoff(), cleanup.cutoffReached(), cleanup.bulkDisableCount());
        }
        int count = cleanup.bulkDisable(CitizenAdministration.actor(admin));
        return new BulkDisableView(false, cleanup.passwordCutoff(), true, count);
    }

    @GetMapping(value = "/export", produces = "text/csv")
    @Operation(summary = "The whole list as CSV (UTF-8 with BOM, numbers masked); audited")
    void export(@RequestParam CleanupCategory category, @RequestParam(defaultValue = "12") int months,
                @RequestParam(defaultValue = "vi") String lang, ActingAdmin admin, HttpServletResponse response) throws IOException {
        cleanup.checkDormantMonths(months); // before the first byte is sent
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename(CitizenCsvExport.fileName(category, clock), StandardCharsets.UTF_8).build().toString());
        export.write(category, months, "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("vi"),
                response.getOutputStream(), CitizenAdministration.actor(admin));
    }
}
