package vn.dangnhap.config.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangnhap.config.ConfigProblem;
import vn.dangnhap.config.ConfigResult;
import vn.dangnhap.config.ConfigurationAsCode;
import vn.dangnhap.admin.ActingAdmin;

/**
 * Configuration as code over HTTP ({@code ADMIN} role, like all of {@code /api/admin/**}): the
 * body is the YAML file. A file with problems gets 422 with every problem as
 * {@code file:line: field: message}; nothing is changed.
 */
@RestController
@RequestMapping("/api/admin/config")
@Tag(name = "Configuration as code", description = "Plan, apply and export the settings as one YAML file")
class ConfigApi {

    private final ConfigurationAsCode config;

    ConfigApi(ConfigurationAsCode config) {
        this.config = config;
    }

    /** The plan, or the problems. */
    record PlanView(boolean applied, List<String> changes, List<String> restartRequired) {}

    @PostMapping(value = "/plan", consumes = MediaType.ALL_VALUE)
    @Operation(summary = "What applying the YAML body would change (a diff-style list); changes nothing. 422 with "
            + "file:line:field problems when the file is not valid")
    ResponseEntity<?> plan(@RequestBody(required = false) String yaml, @RequestParam(defaultValue = "request.yaml") String file) {
        return answer(config.plan(name(file), yaml));
    }

    @PostMapping(value = "/apply", consumes = MediaType.ALL_VALUE)
    @Operation(summary = "Create or update what the YAML body describes, all or nothing (prune: true also disables or "
            + "deletes what it does not list); 422 with file:line:field problems, nothing changed")
    ResponseEntity<?> apply(@RequestBody(required = false) String yaml, @RequestParam(defaultValue = "request.yaml") String file,
                            ActingAdmin admin) {
        return answer(config.apply(name(file), yaml, admin));
    }

    @GetMapping(value = "/export", produces = "application/yaml")
    @Operation(summary = "The current settings as YAML (secrets as ${…} placeholders); audited")
    String export(ActingAdmin admin) {
        return config.export(admin);
    }

    private static ResponseEntity<?> answer(ConfigResult result) {
        if (result.valid()) {
            return ResponseEntity.ok(new PlanView(result.applied(), result.changes(), result.restartRequired()));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(422),
                result.problems().size() + " problem(s) in the configuration; nothing was changed.");
        problem.setType(URI.create("urn:dangnhap:problem:config.invalid"));
        problem.setTitle("Invalid configuration");
        problem.setProperty("errors", result.problems().stream().map(ConfigProblem::toString).toList());
        return ResponseEntity.status(422).body(problem);
    }

    /** A short plain name for the messages (never a path the client could use to probe the server). */
    private static String name(String file) {
        String name = file == null ? "" : file.replaceAll("[^A-Za-z0-9._-]", "");
        return name.isEmpty() || name.length() > 100 ? "request.yaml" : name;
    }
}
