package vn.dangnhap.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Malformed input, sent the way an attacker or a broken client would: every operation of the
 * OpenAPI document ({@code /v3/api-docs}) with malformed, truncated, oversized and wrongly typed
 * bodies, wrong content types and odd headers; and every form of the pages an administrator reaches
 * with its hidden fields tampered. Nothing may answer 5xx and nothing may change (the audit log and the
 * admin API's lists read the same before and after); API refusals that are not RFC 9457 problems are
 * counted and listed in the report.
 * Seeded, so every run sends the same requests; the figures go to {@code target/fuzz-report.txt}.
 * Shares the admin API tests' application context (same configuration).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.active=demo",
        "spring.datasource.url=jdbc:h2:mem:admin-api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
class MalformedInputFuzzTest {

    private static final Logger log = LoggerFactory.getLogger(MalformedInputFuzzTest.class);
    private static final long SEED = 20_260_516L;
    /** Requests per API operation: each API request is an HTTP Basic login (an Argon2 hash), which bounds the count. */
    private static final int VARIANTS = 4;
    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern HIDDEN = Pattern.compile("<input\\b[^>]*type=\"hidden\"[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINK = Pattern.compile("href=\"(/admin[^\"#?]*)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private final Random random = new Random(SEED);
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String basic = "Basic " + Base64.getEncoder()
            .encodeToString((AdminHttp.ADMIN + ":" + AdminHttp.PASSWORD).getBytes(StandardCharsets.UTF_8));
    private int sent;
    private final List<String> serverErrors = new ArrayList<>();
    private final List<String> notProblems = new ArrayList<>();

    @Test
    void malformedInputNeverAnswers5xxNorChangesAnythingAndTheApiAnswersProblems() throws Exception {
        long started = System.nanoTime();
        String before = state();

        List<Operation> operations = operations();
        assertThat(operations).as("operations in the OpenAPI document").hasSizeGreaterThan(30);
        for (Operation operation : operations) {
            fuzz(operation);
        }
        int apiRequests = sent;
        int forms = fuzzForms();

        String after = state();
        double seconds = (System.nanoTime() - started) / 1e9;
        String report = String.format(java.util.Locale.ROOT,
                "seed=%d operations=%d forms=%d requests=%d apiRequests=%d formRequests=%d 5xx=%d nonProblemApiErrors=%d seconds=%.1f%n",
                SEED, operations.size(), forms, sent, apiRequests, sent - apiRequests, serverErrors.size(), notProblems.size(), seconds);
        Path file = Path.of("target", "fuzz-report.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report + String.join("\n", serverErrors) + "\n" + String.join("\n", notProblems) + "\n");
        log.info("Fuzz: {}", report.strip());

        assertThat(serverErrors).as("5xx answers").isEmpty();
        assertThat(after).as("state after the fuzzing").isEqualTo(before);
        // Not asserted yet, counted in the report: API refusals that are not problem documents — Tomcat's
        // and Spring Security's firewall's 400 for malformed URLs (before the application), the bearer
        // chain of /api/links (401 without a body), a few empty 404s. See the report's list.
    }

    // --- the API, from its OpenAPI document ---------------------------------------------------

    private record Operation(String method, String path, boolean hasBody) {}

    private List<Operation> operations() throws Exception {
        HttpResponse<String> docs = send(HttpRequest.newBuilder(uri("/v3/api-docs")).GET());
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode paths = AdminHttp.JSON.readTree(docs.body()).get("paths");
        List<Operation> operations = new ArrayList<>();
        for (String path : paths.propertyNames()) {
            for (String method : paths.get(path).propertyNames()) {
                if (!Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                    continue;
                }
                boolean body = paths.get(path).get(method).has("requestBody");
                // An action without input (rotate the keys now): nothing to malform, and calling it changes things.
                if (!method.equals("get") && !body && !path.contains("{")) {
                    continue;
                }
                operations.add(new Operation(method.toUpperCase(java.util.Locale.ROOT), path, body));
            }
        }
        return operations;
    }

    private static final List<String> BODIES = List.of("{", "{\"code\":\"x", "[]", "123", "\"text\"", "null", "true",
            "{\"code\":123,\"name\":[],\"enabled\":\"maybe\",\"unitCode\":{}}", "{\"a\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}",
            "<xml/>", "code,name\nx,y", "\u0000\u0001\u0002", "{\"email\":\"" + "a".repeat(70_000) + "\"}",
            "{\"id\":\"00000000-0000-0000-0000-00000000000Z\",\"roles\":[null],\"year\":-1}");
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json", "text/plain",
            "application/xml", "x/y;;;charset=\"", "application/json; charset=klingon", "multipart/form-data",
            "application/x-www-form-urlencoded", "text/csv");

    private void fuzz(Operation operation) {
        for (int i = 0; i < VARIANTS; i++) {
            String path = fill(operation.path());
            String query = i % 3 == 0 ? "?limit=" + enc(word()) + "&offset=-1&text=" + enc(word()) + "&from=" + enc(word()) : "";
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path + query)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", basic);
            if (i % 4 == 1) {
                request.header("Accept", pick(List.of("text/html", "application/xml", "*/*;q=x", "image/png")));
            }
            if (i % 5 == 2) {
                request.header("X-Forwarded-For", enc(word())).header("If-None-Match", enc(word()) + "x".repeat(4_000));
            }
            String method = i == VARIANTS - 1 ? pick(List.of("PATCH", "DELETE", "PUT")) : operation.method();
            String body = operation.hasBody() || i % 2 == 0 ? truncateMaybe(pick(BODIES)) : null;
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", pick(CONTENT_TYPES)).method(method, HttpRequest.BodyPublishers.ofString(body));
            }
            HttpResponse<String> answer = send(request);
            String what = method + " " + path + query + " -> " + answer.statusCode();
            if (answer.statusCode() >= 500) {
                serverErrors.add(what + " " + cut(answer.body()));
            } else if (answer.statusCode() >= 400
                    && !answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                notProblems.add(what + " " + answer.headers().firstValue("Content-Type").orElse("(none)") + " " + cut(answer.body()));
            }
        }
    }

    /** A path parameter is never a real id or code here: whatever it names does not exist. */
    private String fill(String template) {
        Matcher m = Pattern.compile("\\{[^}]+}").matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(enc(pick(List.of(word(), "00000000-0000-0000-0000-000000000000",
                    "-1", "9".repeat(40), "..%2F..", "x".repeat(3_000), "NO_SUCH", "2999", "ẞ✓")))));
        }
        m.appendTail(out);
        return out.toString();
    }

    // --- the pages' forms, hidden fields tampered -----------------------------------------------

    private int fuzzForms() throws Exception {
        AdminHttp admin = AdminHttp.browser(port, AdminHttp.ADMIN);
        Set<String> pages = new LinkedHashSet<>(List.of("/login", "/", "/account", "/account/links", "/account/consents", "/admin"));
        Matcher links = LINK.matcher(admin.get("/admin").body());
        while (links.find() && pages.size() < 40) {
            pages.add(links.group(1));
        }
        int forms = 0;
        for (String page : pages) {
            HttpResponse<String> html = admin.get(page);
            if (html.statusCode() != 200) {
                continue;
            }
            Matcher form = FORM.matcher(html.body());
            while (form.find()) {
                String action = attribute(form.group(1), "action");
                String method = attribute(form.group(1), "method");
                if (method == null || !method.equalsIgnoreCase("post") || action == null || action.endsWith("/logout")) {
                    continue;
                }
                Map<String, String> hidden = new LinkedHashMap<>();
                Matcher input = HIDDEN.matcher(form.group(2));
                while (input.find()) {
                    String name = attribute(input.group(), "name");
                    if (name != null) {
                        hidden.put(name, attribute(input.group(), "value") == null ? "" : attribute(input.group(), "value"));
                    }
                }
                if (hidden.isEmpty()) {
                    continue;
                }
                forms++;
                boolean onlyCsrf = hidden.keySet().equals(Set.of("_csrf"));
                for (int i = 0; i < 4; i++) {
                    // Odd rounds keep the CSRF token valid, so the tampered fields reach the controller — only
                    // where there are other hidden fields: a button form with just the token would be a real click.
                    boolean validToken = i % 2 == 1 && !onlyCsrf;
                    Map<String, String> tampered = new LinkedHashMap<>(hidden);
                    for (String name : hidden.keySet()) {
                        if (!name.equals("_csrf") || !validToken) {
                            tampered.put(name, mangle(hidden.get(name)));
                        }
                    }
                    if (i == 2) {
                        tampered.keySet().removeIf(name -> !name.equals("_csrf"));
                    }
                    String target = action.replace("&amp;", "&");
                    HttpResponse<String> answer = send(HttpRequest.newBuilder(uri(target)).timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                            .header("Cookie", "DANGNHAP_SESSION=" + admin.cookie("DANGNHAP_SESSION"))
                            .POST(HttpRequest.BodyPublishers.ofString(formBody(tampered))));
                    if (answer.statusCode() >= 500) {
                        serverErrors.add("POST " + target + " (form of " + page + ") " + tampered.keySet() + " -> "
                                + answer.statusCode() + " " + cut(answer.body()));
                    }
                }
            }
        }
        return forms;
    }

    /** Never the value itself. */
    private String mangle(String value) {
        String mangled = mangleOnce(value);
        return mangled.equals(value) ? value + "%" : mangled;
    }

    private String mangleOnce(String value) {
        return switch (random.nextInt(7)) {
            case 0 -> value.isEmpty() ? "" : value.substring(0, random.nextInt(value.length()));
            case 1 -> value + word();
            case 2 -> "";
            case 3 -> "x".repeat(3_000);
            case 4 -> "<script>alert(1)</script>' OR 1=1 --";
            case 5 -> value.isEmpty() ? "%" : value.substring(1) + "%";
            default -> word();
        };
    }

    // --- what must not change ---------------------------------------------------------------

    private String state() {
        List<String> audit = jdbc.sql("SELECT type, outcome, detail, COUNT(*) AS n FROM audit_event"
                        + " WHERE type NOT IN ('LOGIN_SUCCEEDED', 'LOGIN_FAILED', 'LOGIN')"
                        // Reading the configuration is audited too; it changes nothing.
                        + " AND (detail IS NULL OR detail <> 'configuration exported') GROUP BY type, outcome, detail ORDER BY type, outcome, detail")
                .query((rs, n) -> rs.getString("type") + "/" + rs.getString("outcome") + " " + rs.getString("detail") + "=" + rs.getLong("n")).list();
        StringBuilder lists = new StringBuilder("audit " + audit);
        for (String list : List.of("/api/admin/units", "/api/admin/applications", "/api/admin/cas-services", "/api/admin/clients",
                "/api/admin/officials?limit=500")) {
            lists.append('\n').append(list).append(' ').append(send(HttpRequest.newBuilder(uri(list))
                    .header("Authorization", basic).GET()).body());
        }
        return lists.toString();
    }

    // --- small things -------------------------------------------------------------------------

    private HttpResponse<String> send(HttpRequest.Builder request) {
        sent++;
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String word() {
        String alphabet = "abcXYZ019_-.~%ăđươ€\u0001 /\\\"'<>&{}";
        StringBuilder out = new StringBuilder();
        int length = 1 + random.nextInt(24);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    private String truncateMaybe(String body) {
        return random.nextBoolean() || body.length() < 2 ? body : body.substring(0, 1 + random.nextInt(body.length() - 1));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? m.group(1).replace("&amp;", "&") : null;
    }

    private static String formBody(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(enc(name)).append('=').append(enc(value)));
        return body.toString();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String cut(String text) {
        return text == null ? "" : text.length() <= 200 ? text.replace('\n', ' ') : text.substring(0, 200).replace('\n', ' ');
    }
}
