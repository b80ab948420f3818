package vn.sandbox.registry;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.ParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.nimbusds.jose.util.JSONObjectUtils;

import vn.sandbox.People;
import vn.sandbox.Person;
import vn.sandbox.SandboxProperties;

/**
 * Population-registry matcher stand-in: {@code POST /registry/api/v1/verify} with HTTP Basic auth
 * answers MATCH (with the registry's canonical name and birth date) or NO_MATCH.
 * {@code PUT /registry/admin/behaviour} sets latency and UP/DOWN for tests.
 */
@RestController
@RequestMapping("/registry")
public class RegistryController {

    private static final Pattern CCCD = Pattern.compile("\\d{12}");
    private static final Pattern CMND = Pattern.compile("\\d{9}");

    private final People people;
    private final RegistryBehaviour behaviour;
    private final SandboxProperties.Registry settings;

    public RegistryController(People people, RegistryBehaviour behaviour, SandboxProperties properties) {
        this.people = people;
        this.behaviour = behaviour;
        this.settings = properties.registry();
    }

    @PostMapping(path = "/api/v1/verify", produces = { MediaType.APPLICATION_JSON_VALUE,
            MediaType.APPLICATION_PROBLEM_JSON_VALUE })
    public ResponseEntity<?> verify(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody(required = false) String body) throws InterruptedException {
        RegistryBehaviour.State state = behaviour.get();
        if (state.latencyMs() > 0) {
            Thread.sleep(state.latencyMs());
        }
        if (state.mode() == RegistryBehaviour.Mode.DOWN) {
            return problem(HttpStatus.SERVICE_UNAVAILABLE, "The registry is unavailable (sandbox mode DOWN)");
        }
        if (!authorized(authorization)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"registry\"")
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "Bad credentials"));
        }
        Map<String, Object> json;
        try {
            json = body == null ? null : JSONObjectUtils.parse(body);
        } catch (ParseException e) {
            json = null;
        }
        if (json == null) {
            return problem(HttpStatus.BAD_REQUEST, "The body must be a JSON object {\"cccd\",\"cmnd\",\"fullName\"}");
        }
        Object cccd = json.get("cccd");
        Object cmnd = json.get("cmnd");
        Object fullName = json.get("fullName");
        if (!(cccd instanceof String c) || !CCCD.matcher(c).matches()) {
            return problem(HttpStatus.BAD_REQUEST, "cccd must be a string of 12 digits");
        }
        if (cmnd != null && (!(cmnd instanceof String m) || !CMND.matcher(m).matches())) {
            return problem(HttpStatus.BAD_REQUEST, "cmnd must be null or a string of 9 digits");
        }
        if (!(fullName instanceof String n) || n.isBlank()) {
            return problem(HttpStatus.BAD_REQUEST, "fullName must be a non-blank string");
        }
        Optional<Person> match = people.byCccd(c)
                .filter(p -> Names.same(p.fullName(), n))
                .filter(p -> cmnd == null || p.cmnd().map(cmnd::equals).orElse(false));
        Map<String, Object> answer = new LinkedHashMap<>();
        if (match.isPresent()) {
            answer.put("result", "MATCH");
            answer.put("fullName", match.get().fullName());
            answer.put("birthDate", match.get().birthDate().toString());
        } else {
            answer.put("result", "NO_MATCH");
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answer);
    }

    @GetMapping(path = "/admin/behaviour", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> behaviour() {
        RegistryBehaviour.State s = behaviour.get();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("latencyMs", s.latencyMs());
        m.put("mode", s.mode().name());
        return m;
    }

    @PutMapping(path = "/admin/behaviour", produces = { MediaType.APPLICATION_JSON_VALUE,
            MediaType.APPLICATION_PROBLEM_JSON_VALUE })
    public ResponseEntity<?> setBehaviour(@RequestBody(required = false) String body) {
        Map<String, Object> json;
        try {
            json = body == null ? null : JSONObjectUtils.parse(body);
        } catch (ParseException e) {
            json = null;
        }
        if (json == null) {
            return problem(HttpStatus.BAD_REQUEST, "The body must be a JSON object {\"latencyMs\",\"mode\"}");
        }
        RegistryBehaviour.State s = behaviour.get();
        long latency = s.latencyMs();
        RegistryBehaviour.Mode mode = s.mode();
        Object l = json.get("latencyMs");
        if (l != null) {
            if (!(l instanceof Number n) || n.doubleValue() != n.longValue() || n.longValue() < 0) {
                return problem(HttpStatus.BAD_REQUEST, "latencyMs must be a whole number >= 0");
            }
            latency = n.longValue();
        }
        Object m = json.get("mode");
        if (m != null) {
            try {
                mode = RegistryBehaviour.Mode.valueOf(String.valueOf(m).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return problem(HttpStatus.BAD_REQUEST, "mode must be UP or DOWN");
            }
        }
        behaviour.set(latency, mode);
        return ResponseEntity.ok(behaviour());
    }

    private boolean authorized(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        String expected = settings.username() + ":" + settings.password();
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), decoded.getBytes(StandardCharsets.UTF_8));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
