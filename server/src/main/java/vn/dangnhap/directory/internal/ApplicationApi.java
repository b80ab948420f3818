package vn.dangnhap.directory.internal;

import vn.dangnhap.admin.ActingAdmin;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dangnhap.directory.internal.ApplicationAdministration.ApplicationRow;
import vn.dangnhap.directory.AppAudience;
import vn.dangnhap.directory.Application;
import vn.dangnhap.directory.ApplicationInput;
import vn.dangnhap.directory.TileIcon;

/** Connected applications and their access rules over JSON. */
@RestController
@RequestMapping("/api/admin/applications")
@Tag(name = "Applications", description = "Connected applications (portal tiles) and who may open them")
class ApplicationApi {

    private final ApplicationAdministration applications;

    ApplicationApi(ApplicationAdministration applications) {
        this.applications = applications;
    }

    /**
     * An application. {@code accessRules}: one rule each, {@code *} (every official),
     * {@code unit:CODE} (that unit and the units below it), {@code role:ROLE}, or
     * {@code unit:CODE role:ROLE}; no rule means no official may open it. {@code audience}:
     * {@code OFFICIALS} (the default), {@code CITIZENS} or {@code BOTH}; officials need a matching rule
     * as well. {@code verifiedCitizensOnly}: citizens must have a proven personal identification
     * number. {@code releasePersonalIdentifier}: the application is told a verified citizen's number
     * ({@code personal_identifier}).
     */
    record ApplicationView(String code, String name, String description, TileIcon icon, String launchUrl,
                           boolean enabled, int sortOrder, List<String> accessRules, AppAudience.Audience audience,
                           boolean verifiedCitizensOnly, boolean releasePersonalIdentifier) {

        static ApplicationView of(ApplicationRow row) {
            Application a = row.application();
            return new ApplicationView(a.code(), a.name(), a.description(), a.icon(), a.launchUrl().toString(),
                    a.enabled(), a.sortOrder(), row.accessRules(), row.audience().audience(),
                    row.audience().verifiedCitizensOnly(), row.audience().releasePersonalIdentifier());
        }
    }

    /**
     * An application as sent; on PUT the code comes from the path. Rules and audience as in
     * {@link ApplicationView}; an audience field left out keeps its value (on create: officials only,
     * verified citizens only, number not released).
     */
    record ApplicationRequest(String code, String name, String description, String icon, String launchUrl,
                              Integer sortOrder, List<String> accessRules, String audience, Boolean verifiedCitizensOnly,
                              Boolean releasePersonalIdentifier) {

        ApplicationInput input() {
            return new ApplicationInput(code, name, description, icon, launchUrl, sortOrder);
        }

        ApplicationAdministration.AudienceInput audienceInput() {
            return new ApplicationAdministration.AudienceInput(audience, verifiedCitizensOnly, releasePersonalIdentifier);
        }
    }

    @GetMapping
    @Operation(summary = "List all applications with their access rules")
    List<ApplicationView> list() {
        return applications.all().stream().map(ApplicationView::of).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One application with its access rules")
    ApplicationView one(@PathVariable String code) {
        return ApplicationView.of(applications.one(code));
    }

    @PostMapping
    @Operation(summary = "Create an application (201); 400 on bad input or a bad rule, 409 when the code is taken")
    ResponseEntity<ApplicationView> create(@RequestBody ApplicationRequest body, ActingAdmin admin) {
        ApplicationRow row = applications.create(admin, body.input(), body.accessRules(),
                body.audienceInput());
        return ResponseEntity.created(URI.create("/api/admin/applications/" + row.application().code()))
                .body(ApplicationView.of(row));
    }

    @PutMapping("/{code}")
    @Operation(summary = "Change an application and replace its access rules")
    ApplicationView update(@PathVariable String code, @RequestBody ApplicationRequest body,
                           ActingAdmin admin) {
        return ApplicationView.of(applications.update(admin, code, body.input(), body.accessRules(),
                body.audienceInput()));
    }

    @PostMapping("/{code}/disable")
    @Operation(summary = "Disable an application: its tile disappears from every portal")
    ApplicationView disable(@PathVariable String code, ActingAdmin admin) {
        return ApplicationView.of(applications.setEnabled(admin, code, false));
    }

    @PostMapping("/{code}/enable")
    @Operation(summary = "Enable a disabled application again")
    ApplicationView enable(@PathVariable String code, ActingAdmin admin) {
        return ApplicationView.of(applications.setEnabled(admin, code, true));
    }
}
