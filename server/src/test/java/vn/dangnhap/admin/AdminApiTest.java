package vn.dangnhap.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dangnhap.admin.AdminHttp.json;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The admin REST API, called over HTTP with HTTP Basic as a real client would. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.active=demo",
        "spring.datasource.url=jdbc:h2:mem:admin-api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
class AdminApiTest {

    @LocalServerPort
    int port;

    AdminHttp admin;

    @BeforeEach
    void connect() {
        admin = AdminHttp.api(port, AdminHttp.ADMIN);
    }

    @Test
    void anUnsupportedMethodOrBodyTypeIsAProblemDocument() {
        HttpResponse<String> method = admin.delete("/api/admin/units");
        assertThat(method.statusCode()).isEqualTo(405);
        assertThat(method.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(method.headers().firstValue("Allow").orElseThrow()).contains("GET", "POST");
        assertThat(json(method).get("status").asInt()).isEqualTo(405);
        assertThat(json(method).get("detail").asString()).contains("DELETE");

        HttpResponse<String> type = admin.postCsv("/api/admin/units", "code;name".getBytes(StandardCharsets.UTF_8));
        assertThat(type.statusCode()).isEqualTo(415);
        assertThat(type.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(type.headers().firstValue("Accept").orElseThrow()).contains("application/json");
        assertThat(json(type).get("status").asInt()).isEqualTo(415);
        assertThat(json(type).get("title").asString()).isEqualTo("Unsupported Media Type");
    }

    @Test
    void createsReadsChangesDisablesAndEnablesUnits() {
        HttpResponse<String> created = admin.postJson("/api/admin/units",
                "{\"code\":\"so_yt\",\"name\":\"Sở Y tế\",\"kind\":\"DEPARTMENT\",\"parentCode\":\"DEMO\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/admin/units/SO_YT");
        assertThat(json(created).get("code").asString()).isEqualTo("SO_YT");
        assertThat(json(created).get("depth").asInt()).isEqualTo(1);

        assertThat(admin.get("/api/admin/units/SO_YT").statusCode()).isEqualTo(200);
        HttpResponse<String> updated = admin.putJson("/api/admin/units/SO_YT",
                "{\"name\":\"Sở Y tế tỉnh Demo\",\"kind\":\"DEPARTMENT\",\"parentCode\":\"DEMO\"}");
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(json(updated).get("name").asString()).isEqualTo("Sở Y tế tỉnh Demo");

        HttpResponse<String> disabled = admin.post("/api/admin/units/SO_YT/disable");
        assertThat(json(disabled).get("enabled").asBoolean()).isFalse();
        // A disabled unit takes no new officials.
        HttpResponse<String> refused = admin.postJson("/api/admin/officials",
                "{\"email\":\"yte1@demo.gov.vn\",\"fullName\":\"Y Tế\",\"unitCode\":\"SO_YT\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).get("detail").asString()).isEqualTo("Unit SO_YT is disabled.");
        assertThat(json(admin.post("/api/admin/units/SO_YT/enable")).get("enabled").asBoolean()).isTrue();

        assertThat(admin.get("/api/admin/units").body()).contains("\"SO_YT\"");
        assertThat(admin.get("/api/admin/units/NO_SUCH").statusCode()).isEqualTo(404);
        assertThat(admin.postJson("/api/admin/units",
                "{\"code\":\"SO_YT\",\"name\":\"Trùng\",\"kind\":\"DEPARTMENT\",\"parentCode\":\"DEMO\"}").statusCode()).isEqualTo(409);
    }

    @Test
    void refusesBadUnitNamesAndChangesNothing() {
        HttpResponse<String> markup = admin.postJson("/api/admin/units",
                "{\"code\":\"SO_XSS\",\"name\":\"<script>alert(1)</script>\",\"kind\":\"DEPARTMENT\",\"parentCode\":\"DEMO\"}");
        assertThat(markup.statusCode()).isEqualTo(400);
        assertThat(json(markup).get("field").asString()).isEqualTo("name");
        assertThat(json(markup).get("detail").asString())
                .isEqualTo("The name contains characters that are not allowed (< > or control characters).");

        HttpResponse<String> huge = admin.postJson("/api/admin/units",
                "{\"code\":\"SO_BIG\",\"name\":\"" + "A".repeat(10_000) + "\",\"kind\":\"DEPARTMENT\",\"parentCode\":\"DEMO\"}");
        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat(json(huge).get("detail").asString()).isEqualTo("The name is longer than 200 characters.");

        assertThat(admin.get("/api/admin/units/SO_XSS").statusCode()).isEqualTo(404);
        assertThat(admin.get("/api/admin/units/SO_BIG").statusCode()).isEqualTo(404);
    }

    @Test
    void createsChangesLocksDisablesOfficialsAndSetsTheirPassword() {
        HttpResponse<String> created = admin.postJson("/api/admin/officials",
                "{\"email\":\"Tran.Van.Moi@demo.gov.vn\",\"fullName\":\"Trần Văn Mới\",\"phone\":\"0912 345 777\","
                        + "\"unitCode\":\"so_tttt\",\"roles\":[\"chuyen_vien\"]}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode official = json(created);
        String id = official.get("id").asString();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/admin/officials/" + id);
        assertThat(official.get("email").asString()).isEqualTo("tran.van.moi@demo.gov.vn");
        assertThat(official.get("phone").asString()).isEqualTo("+84912345777");
        assertThat(official.get("unitCode").asString()).isEqualTo("SO_TTTT");
        assertThat(official.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(official.get("hasPassword").asBoolean()).isFalse();
        assertThat(created.body()).doesNotContain("password\"");

        HttpResponse<String> updated = admin.putJson("/api/admin/officials/" + id,
                "{\"email\":\"tran.van.moi@demo.gov.vn\",\"fullName\":\"Trần Văn Mới\",\"unitCode\":\"TT_CNTT\",\"roles\":[\"LANH_DAO\"]}");
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(json(updated).get("unitCode").asString()).isEqualTo("TT_CNTT");
        assertThat(json(updated).get("phone").isNull()).isTrue();

        assertThat(json(admin.post("/api/admin/officials/" + id + "/lock")).get("status").asString()).isEqualTo("LOCKED");
        assertThat(json(admin.post("/api/admin/officials/" + id + "/unlock")).get("status").asString()).isEqualTo("ACTIVE");
        assertThat(json(admin.post("/api/admin/officials/" + id + "/disable")).get("status").asString()).isEqualTo("DISABLED");
        assertThat(json(admin.post("/api/admin/officials/" + id + "/enable")).get("status").asString()).isEqualTo("ACTIVE");

        assertThat(admin.putJson("/api/admin/officials/" + id + "/password", "{\"password\":\"Moi@2026-abc\"}").statusCode())
                .isEqualTo(204);
        assertThat(json(admin.get("/api/admin/officials/" + id)).get("hasPassword").asBoolean()).isTrue();
        HttpResponse<String> emptyPassword = admin.putJson("/api/admin/officials/" + id + "/password", "{\"password\":\"\"}");
        assertThat(emptyPassword.statusCode()).isEqualTo(400);
        assertThat(json(emptyPassword).get("detail").asString()).isEqualTo("Please enter a password.");

        HttpResponse<String> found = admin.get("/api/admin/officials?text=tran.van&unitCode=TT_CNTT&status=ACTIVE&limit=10&offset=0");
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(json(found)).hasSize(1);
        assertThat(json(admin.get("/api/admin/officials?text=tran.van&status=LOCKED"))).isEmpty();
        assertThat(admin.get("/api/admin/officials/00000000-0000-0000-0000-000000000000").statusCode()).isEqualTo(404);
    }

    @Test
    void refusesBadOfficialsWithTheRuleBrokenAndStoresNothing() {
        assertProblem(admin.postJson("/api/admin/officials", official("not-an-email", "Lê Văn A", "", "SO_TTTT")),
                400, "email", "The e-mail address is not valid.");
        assertProblem(admin.postJson("/api/admin/officials", official("admin@demo.gov.vn", "Lê Văn A", "", "SO_TTTT")),
                409, null, "The address admin@demo.gov.vn is already used by another account.");
        assertProblem(admin.postJson("/api/admin/officials", official("a1@demo.gov.vn", "Lê Văn A", "", "NO_SUCH")),
                400, "unitCode", "There is no unit with code \"NO_SUCH\".");
        assertProblem(admin.postJson("/api/admin/officials", official("a2@demo.gov.vn", "Lê Văn A", "12345", "SO_TTTT")),
                400, "phone", "The phone number is not valid (e.g. 0912 345 678).");
        assertProblem(admin.postJson("/api/admin/officials", official("a3@demo.gov.vn", "Robert'); DROP TABLE x;-- <b>", "", "SO_TTTT")),
                400, "fullName", "The name contains characters that are not allowed (< > or control characters).");
        assertProblem(admin.postJson("/api/admin/officials", official("a4@demo.gov.vn", "B".repeat(10_000), "", "SO_TTTT")),
                400, "fullName", "The name is longer than 200 characters.");
        // The official and the initial password are stored together or not at all.
        String tooLongPassword = "{\"email\":\"a6@demo.gov.vn\",\"fullName\":\"Lê Văn A\",\"unitCode\":\"SO_TTTT\",\"password\":\""
                + "p".repeat(300) + "\"}";
        assertProblem(admin.postJson("/api/admin/officials", tooLongPassword), 400, "password", "The password is longer than 256 characters.");
        for (String email : List.of("a1", "a2", "a3", "a4", "a6")) {
            assertThat(json(admin.get("/api/admin/officials?text=" + email + "@demo.gov.vn"))).isEmpty();
        }
        // SQL metacharacters without markup are an ordinary name, stored as typed and harmless.
        HttpResponse<String> quoted = admin.postJson("/api/admin/officials", official("a5@demo.gov.vn", "O'Brien; DROP TABLE x --", "", "SO_TTTT"));
        assertThat(quoted.statusCode()).isEqualTo(201);
        assertThat(json(quoted).get("fullName").asString()).isEqualTo("O'Brien; DROP TABLE x --");
    }

    @Test
    void createsApplicationsWithAccessRulesAndRefusesABadRuleWithoutStoringAnything() {
        HttpResponse<String> created = admin.postJson("/api/admin/applications", """
                {"code":"motcua","name":"Một cửa điện tử","description":"Hồ sơ thủ tục hành chính","icon":"SERVICE",
                 "launchUrl":"https://motcua.demo.gov.vn/sso","sortOrder":5,"accessRules":["unit:SO_TTTT role:LANH_DAO","role:VAN_THU"]}""");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/admin/applications/motcua");
        assertThat(json(created).get("accessRules").valueStream().map(JsonNode::asString).toList())
                .containsExactly("role:VAN_THU", "unit:SO_TTTT role:LANH_DAO");

        HttpResponse<String> updated = admin.putJson("/api/admin/applications/motcua", """
                {"name":"Một cửa","icon":"SERVICE","launchUrl":"https://motcua.demo.gov.vn/sso","accessRules":["*"]}""");
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(json(updated).get("accessRules").valueStream().map(JsonNode::asString).toList()).containsExactly("*");
        assertThat(json(admin.post("/api/admin/applications/motcua/disable")).get("enabled").asBoolean()).isFalse();
        assertThat(json(admin.post("/api/admin/applications/motcua/enable")).get("enabled").asBoolean()).isTrue();

        assertProblem(admin.postJson("/api/admin/applications", """
                {"code":"hoso","name":"Hồ sơ","launchUrl":"https://hoso.demo.gov.vn","accessRules":["everyone please"]}"""),
                400, "accessRules", "Access rule \"everyone please\" is not valid. Use *, unit:UNIT_CODE, role:ROLE or both.");
        assertProblem(admin.postJson("/api/admin/applications", """
                {"code":"hoso","name":"Hồ sơ","launchUrl":"https://hoso.demo.gov.vn","accessRules":["unit:NO_SUCH"]}"""),
                400, "accessRules", "There is no unit with code \"NO_SUCH\".");
        assertProblem(admin.postJson("/api/admin/applications", """
                {"code":"hoso","name":"Hồ sơ","launchUrl":"javascript:alert(1)","accessRules":["*"]}"""),
                400, "launchUrl", "The address must be a full http:// or https:// URL.");
        assertThat(admin.get("/api/admin/applications/hoso").statusCode()).isEqualTo(404);
        assertThat(admin.postJson("/api/admin/applications", """
                {"code":"motcua","name":"Trùng","launchUrl":"https://x.demo.gov.vn","accessRules":[]}""").statusCode()).isEqualTo(409);
        assertThat(admin.get("/api/admin/applications").body()).contains("\"ecabinet\"", "\"motcua\"");
    }

    @Test
    void importsNothingFromAFileWithAnInvalidRowUnlessAskedForValidRowsOnly() {
        byte[] csv = ("\uFEFFemail,full_name,phone,unit_code,roles\n"
                + "csv.mot@demo.gov.vn,Nguyễn Thị Một,0912 345 001,SO_TTTT,CHUYEN_VIEN;LANH_DAO\n"
                + "not-an-email,Trần Hai,,SO_TTTT,\n"
                + "csv.ba@demo.gov.vn,Lê Ba,,NO_SUCH,\n"
                + "csv.bon@demo.gov.vn,Phạm Bốn,123,SO_TTTT,\n"
                + "csv.mot@demo.gov.vn,Nguyễn Thị Một Lần Nữa,,SO_TTTT,\n"
                + "admin@demo.gov.vn,Quản trị,,SO_TTTT,\n").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> refused = admin.postCsv("/api/admin/officials/import", csv);
        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode report = json(refused);
        assertThat(report.get("imported").asInt()).isZero();
        assertThat(report.get("totalRows").asInt()).isEqualTo(6);
        assertThat(report.get("validRows").asInt()).isEqualTo(1);
        assertThat(problems(report)).containsExactly(
                "3 not-an-email: The e-mail address is not valid.",
                "4 csv.ba@demo.gov.vn: There is no unit with code \"NO_SUCH\".",
                "5 csv.bon@demo.gov.vn: The phone number is not valid (e.g. 0912 345 678).",
                "6 csv.mot@demo.gov.vn: The address csv.mot@demo.gov.vn appears more than once in the file (first on row 2).",
                "7 admin@demo.gov.vn: The address admin@demo.gov.vn is already used by another account.");
        assertThat(json(admin.get("/api/admin/officials?text=csv."))).isEmpty();

        HttpResponse<String> dryRun = admin.postCsv("/api/admin/officials/import?dryRun=true&validRowsOnly=true", csv);
        assertThat(dryRun.statusCode()).isEqualTo(200);
        assertThat(json(dryRun).get("imported").asInt()).isZero();
        assertThat(json(admin.get("/api/admin/officials?text=csv."))).isEmpty();

        HttpResponse<String> validOnly = admin.postCsv("/api/admin/officials/import?validRowsOnly=true", csv);
        assertThat(validOnly.statusCode()).isEqualTo(200);
        assertThat(json(validOnly).get("imported").asInt()).isEqualTo(1);
        JsonNode stored = json(admin.get("/api/admin/officials?text=csv."));
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).get("email").asString()).isEqualTo("csv.mot@demo.gov.vn");
        assertThat(stored.get(0).get("fullName").asString()).isEqualTo("Nguyễn Thị Một");
        assertThat(stored.get(0).get("hasPassword").asBoolean()).isFalse();
        assertThat(stored.get(0).get("roles").valueStream().map(JsonNode::asString).toList())
                .containsExactlyInAnyOrder("CHUYEN_VIEN", "LANH_DAO");
    }

    @Test
    void importsAWholeValidFileAndRefusesUnreadableFilesWithAClearProblem() {
        byte[] good = ("email,full_name,phone,unit_code,roles\n"
                + "csv.nam@demo.gov.vn,Võ Năm,,X_TAN_LAP,\n"
                + "\"csv.sau@demo.gov.vn\",\"Đỗ Sáu, Văn\",0912345006,X_TAN_LAP,VAN_THU\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> imported = admin.postCsv("/api/admin/officials/import", good);
        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(json(imported).get("imported").asInt()).isEqualTo(2);
        assertThat(json(admin.get("/api/admin/officials?unitCode=X_TAN_LAP&text=csv."))).hasSize(2);

        assertProblem(admin.postCsv("/api/admin/officials/import", "mail,name\nx@demo.gov.vn,X\n".getBytes(StandardCharsets.UTF_8)),
                400, "file", "The header line must be: email,full_name,phone,unit_code,roles");
        StringBuilder many = new StringBuilder("email,full_name,phone,unit_code,roles\n");
        for (int i = 0; i <= 5_000; i++) {
            many.append("many").append(i).append("@demo.gov.vn,Người ").append(i).append(",,SO_NV,\n");
        }
        assertProblem(admin.postCsv("/api/admin/officials/import", many.toString().getBytes(StandardCharsets.UTF_8)),
                400, "file", "The file has too many rows: at most 5,000 rows per import.");
        assertProblem(admin.postCsv("/api/admin/officials/import", new byte[3 * 1024 * 1024]),
                400, "file", "The file is too large: at most 2 MB.");
        assertProblem(admin.postCsv("/api/admin/officials/import", new byte[] {'e', 'm', (byte) 0xC3, (byte) 0x28}),
                400, "file", "The file is not UTF-8 encoded. Save it as \"CSV UTF-8\".");
        assertThat(json(admin.get("/api/admin/officials?text=many1"))).isEmpty();
    }

    @Test
    void answersMalformedJsonWrongTypesAndMissingBodiesWith400Problems() {
        for (HttpResponse<String> response : List.of(
                admin.postJson("/api/admin/units", "{\"code\":\"SO_A\","),
                admin.postJson("/api/admin/units", "{\"code\":\"SO_A\",\"name\":\"A\",\"kind\":\"PLANET\",\"parentCode\":\"DEMO\"}"),
                admin.postJson("/api/admin/officials", "{\"email\":\"x@demo.gov.vn\",\"roles\":42}"),
                admin.postJson("/api/admin/applications", ""),
                admin.get("/api/admin/officials/not-a-uuid"),
                admin.get("/api/admin/officials?limit=many"),
                admin.get("/api/admin/audit?from=yesterday"))) {
            assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(json(response).get("status").asInt()).isEqualTo(400);
        }
        assertThat(admin.get("/api/admin/units/SO_A").statusCode()).isEqualTo(404);
    }

    @Test
    void refusesCallersWithoutCredentialsWith401AndNonAdminsWith403() {
        HttpResponse<String> anonymous = AdminHttp.api(port, null).get("/api/admin/officials");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        HttpResponse<String> user = AdminHttp.api(port, AdminHttp.USER).postJson("/api/admin/units",
                "{\"code\":\"SO_HACK\",\"name\":\"Hack\",\"kind\":\"DEPARTMENT\",\"parentCode\":\"DEMO\"}");
        assertThat(user.statusCode()).isEqualTo(403);
        assertThat(json(user).get("detail").asString()).isEqualTo("This API is for administrators (role ADMIN).");
        assertThat(admin.get("/api/admin/units/SO_HACK").statusCode()).isEqualTo(404);
    }

    @Test
    void publishesAnOpenApiDocumentDescribingTheAdminPaths() {
        HttpResponse<String> docs = AdminHttp.api(port, null).get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode api = json(docs);
        assertThat(api.get("info").get("title").asString()).isEqualTo("Dangnhap admin API");
        assertThat(api.get("components").get("securitySchemes").get("basicAuth").get("scheme").asString()).isEqualTo("basic");
        assertThat(api.get("paths").propertyNames()).contains(
                "/api/admin/units", "/api/admin/units/{code}", "/api/admin/units/{code}/disable",
                "/api/admin/officials", "/api/admin/officials/{id}", "/api/admin/officials/{id}/password",
                "/api/admin/officials/{id}/lock", "/api/admin/officials/import",
                "/api/admin/applications", "/api/admin/applications/{code}", "/api/admin/audit");
        assertThat(api.get("paths").get("/api/admin/officials").get("post").get("summary").asString()).startsWith("Create an official");
        assertThat(api.get("paths").get("/api/admin/officials/import").get("post").get("requestBody").get("content").has("text/csv")).isTrue();
    }

    @Test
    void recordsEveryAdminChangeInTheAuditTrail() {
        String id = json(admin.postJson("/api/admin/officials", official("audit.me@demo.gov.vn", "Kiểm Toán", "", "SO_NV"))).get("id").asString();
        admin.putJson("/api/admin/officials/" + id, official("audit.me@demo.gov.vn", "Kiểm Toán Viên", "", "SO_NV"));
        admin.post("/api/admin/officials/" + id + "/lock");
        admin.post("/api/admin/officials/" + id + "/unlock");
        admin.post("/api/admin/officials/" + id + "/disable");
        admin.post("/api/admin/officials/" + id + "/enable");
        admin.putJson("/api/admin/officials/" + id + "/password", "{\"password\":\"Secret@2026-audit\"}");
        admin.postJson("/api/admin/units", "{\"code\":\"SO_AUDIT\",\"name\":\"Sở Kiểm toán\",\"kind\":\"DEPARTMENT\",\"parentCode\":\"DEMO\"}");
        admin.post("/api/admin/units/SO_AUDIT/disable");
        admin.postJson("/api/admin/applications", "{\"code\":\"auditapp\",\"name\":\"A\",\"launchUrl\":\"https://a.demo.gov.vn\",\"accessRules\":[\"*\"]}");
        admin.post("/api/admin/applications/auditapp/disable");
        admin.postCsv("/api/admin/officials/import", "email,full_name,phone,unit_code,roles\naudit.csv@demo.gov.vn,CSV,,SO_NV,\n"
                .getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> trail = admin.get("/api/admin/audit?type=ADMIN_CHANGE&username=admin@demo.gov.vn&limit=1000");
        assertThat(trail.statusCode()).isEqualTo(200);
        List<String> lines = new ArrayList<>();
        for (JsonNode event : json(trail)) {
            assertThat(event.get("outcome").asString()).isEqualTo("SUCCESS");
            lines.add(event.get("reason").asString() + " " + event.get("detail").asString());
        }
        assertThat(lines).anyMatch(l -> l.startsWith("OFFICIAL_CREATED audit.me@demo.gov.vn"))
                .anyMatch(l -> l.startsWith("OFFICIAL_UPDATED audit.me@demo.gov.vn"))
                .contains("OFFICIAL_LOCKED audit.me@demo.gov.vn", "OFFICIAL_UNLOCKED audit.me@demo.gov.vn",
                        "OFFICIAL_DISABLED audit.me@demo.gov.vn", "OFFICIAL_ENABLED audit.me@demo.gov.vn",
                        "OFFICIAL_PASSWORD_SET audit.me@demo.gov.vn", "UNIT_DISABLED unit SO_AUDIT",
                        "APPLICATION_DISABLED application auditapp", "OFFICIALS_IMPORTED 1 of 1 rows imported")
                .anyMatch(l -> l.startsWith("UNIT_CREATED unit SO_AUDIT"))
                .anyMatch(l -> l.startsWith("APPLICATION_CREATED application auditapp"))
                .anyMatch(l -> l.startsWith("OFFICIAL_IMPORTED audit.csv@demo.gov.vn"))
                .noneMatch(l -> l.contains("Secret@2026-audit"));
        // Newest first.
        assertThat(lines.getFirst()).startsWith("OFFICIALS_IMPORTED");
    }

    private static String official(String email, String name, String phone, String unit) {
        return "{\"email\":\"" + email + "\",\"fullName\":\"" + name + "\",\"phone\":\"" + phone + "\",\"unitCode\":\"" + unit
                + "\",\"roles\":[\"CHUYEN_VIEN\"]}";
    }

    private static void assertProblem(HttpResponse<String> response, int status, String field, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode problem = json(response);
        assertThat(problem.get("detail").asString()).isEqualTo(detail);
        if (field != null) {
            assertThat(problem.get("field").asString()).isEqualTo(field);
        }
    }

    private static List<String> problems(JsonNode report) {
        List<String> lines = new ArrayList<>();
        for (JsonNode row : report.get("rows")) {
            if (!row.get("valid").asBoolean()) {
                lines.add(row.get("row").asInt() + " " + row.get("email").asString() + ": "
                        + String.join(" | ", row.get("messages").valueStream().map(JsonNode::asString).toList()));
            }
        }
        return lines;
    }
}
