package vn.dangnhap.linking.internal;

import vn.dangnhap.admin.AdminCsvUpload;
import vn.dangnhap.admin.ActingAdmin;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangnhap.linking.internal.LinkAdministration.LinkRow;
import vn.dangnhap.linking.AppLink;
import vn.dangnhap.linking.ReleaseRule;
import vn.dangnhap.shared.InvalidInputException;

/** Account links and per-application release rules over JSON. */
@RestController
@RequestMapping("/api/admin/links")
@Tag(name = "Account links", description = "Officials' accounts in connected applications and what each application is told")
class LinkApi {

    private final LinkAdministration links;
    private final LinkCsvImport csvImport;

    LinkApi(LinkAdministration links, LinkCsvImport csvImport) {
        this.links = links;
        this.csvImport = csvImport;
    }

    /** A link; {@code origin} ADMIN, IMPORT, SELF_SERVICE or APPLICATION; {@code status} ACTIVE or PENDING. */
    record LinkView(UUID id, UUID accountId, String email, String application, String applicationName,
                    String applicationAccount, AppLink.Origin origin, AppLink.Status status, Instant createdAt,
                    String createdBy) {

        static LinkView of(LinkRow row) {
            AppLink l = row.link();
            return new LinkView(l.id(), l.accountId(), row.email(), l.applicationCode(), row.applicationName(),
                    l.applicationAccount(), l.origin(), l.status(), l.createdAt(), l.createdBy());
        }
    }

    /** A new link: the official by {@code email} (or {@code accountId}), the application code, the name there. */
    record LinkRequest(String email, UUID accountId, String application, String applicationAccount) {}

    /** A release rule; {@code release} EMAIL (default), LINKED_NAME or BOTH; blank {@code claimName} = linked_account. */
    record RuleRequest(ReleaseRule.Release release, Boolean linkRequired, String claimName, Boolean asPreferredUsername) {}

    @GetMapping
    @Operation(summary = "List links, newest first (at most 1,000); filter by official e-mail, application code, status")
    List<LinkView> list(@RequestParam(required = false) String email, @RequestParam(required = false) String application,
                        @RequestParam(required = false) AppLink.Status status) {
        return links.search(email, application, status).stream().map(LinkView::of).toList();
    }

    @PostMapping
    @Operation(summary = "Link an official to an application (201, ACTIVE); 404 unknown official or application; "
            + "409 when the official already has a link to it or the name is someone else's (audited as LINK_CLAIM)")
    ResponseEntity<LinkView> create(@RequestBody LinkRequest body, ActingAdmin admin) {
        ActingAdmin actor = admin;
        LinkRow row = body.accountId() != null
                ? links.create(actor, body.accountId(), body.application(), body.applicationAccount())
                : links.create(actor, body.email(), body.application(), body.applicationAccount());
        return ResponseEntity.created(URI.create("/api/admin/links/" + row.link().id())).body(LinkView.of(row));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a link (204); audited as LINK_REMOVED")
    ResponseEntity<Void> delete(@PathVariable UUID id, ActingAdmin admin) {
        links.remove(admin, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Approve a pending self-service link (it becomes ACTIVE); 409 when it is not pending")
    LinkView approve(@PathVariable UUID id, ActingAdmin admin) {
        return LinkView.of(links.approve(admin, id));
    }

    @PostMapping("/{id}/refuse")
    @Operation(summary = "Refuse a pending self-service link (204; it is deleted); 409 when it is not pending")
    ResponseEntity<Void> refuse(@PathVariable UUID id, ActingAdmin admin) {
        links.refuse(admin, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/rules")
    @Operation(summary = "Release rules that differ from the default (EMAIL, no link required)")
    List<ReleaseRule> rules() {
        return links.rules();
    }

    @GetMapping("/rules/{application}")
    @Operation(summary = "One application's release rule (the default if none was set)")
    ReleaseRule rule(@PathVariable String application) {
        return links.rule(application);
    }

    @PutMapping("/rules/{application}")
    @Operation(summary = "Set an application's release rule; 400 on a bad claim name")
    ReleaseRule setRule(@PathVariable String application, @RequestBody RuleRequest body,
                        ActingAdmin admin) {
        return links.setRule(admin, application, body.release(),
                Boolean.TRUE.equals(body.linkRequired()), body.claimName(), Boolean.TRUE.equals(body.asPreferredUsername()));
    }

    @PostMapping(path = "/import", consumes = "text/csv")
    @Operation(summary = "Import links from CSV",
            description = "Body: UTF-8 CSV, header email,application,application_account; at most 5,000 rows and 2 MB. "
                    + "A file with any invalid row imports nothing (422 with the per-row report) unless validRowsOnly=true; "
                    + "dryRun=true only checks (200). Row 1 is the header.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    ResponseEntity<LinkCsvImport.Report> importCsv(
            @Parameter(description = "import the valid rows even if others are invalid") @RequestParam(defaultValue = "false") boolean validRowsOnly,
            @Parameter(description = "check only, store nothing") @RequestParam(defaultValue = "false") boolean dryRun,
            ActingAdmin admin, HttpServletRequest request) throws IOException {
        byte[] body = request.getInputStream().readNBytes(AdminCsvUpload.MAX_BYTES + 1);
        if (body.length > AdminCsvUpload.MAX_BYTES) {
            throw new InvalidInputException("file", "admin.import.too-large", AdminCsvUpload.MAX_BYTES / (1024 * 1024));
        }
        LinkCsvImport.Report report = csvImport.run(body, new AdminCsvUpload.Options(validRowsOnly, dryRun),
                admin, Locale.ENGLISH);
        return ResponseEntity.status(report.rejected() && !dryRun ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK).body(report);
    }
}
