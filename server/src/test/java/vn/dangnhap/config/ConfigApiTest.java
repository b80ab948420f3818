package vn.dangnhap.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangnhap.audit.AuditLog;
import vn.dangnhap.audit.AuditQuery;
import vn.dangnhap.directory.ApplicationCatalogue;

/**
 * {@code /api/admin/config/*} on the demo province: administrators only, 422 with file:line:field
 * for a bad file, plan without change, audited export — and the demo's export imported into an
 * empty database exports the same file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.active=demo",
        "spring.datasource.url=jdbc:h2:mem:config-api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
class ConfigApiTest {

    static final String ADMIN = "admin@demo.gov.vn";
    static final String USER = "nguyenvanan@demo.gov.vn";

    @LocalServerPort
    int port;
    @Autowired
    AuditLog audit;
    @Autowired
    ApplicationCatalogue catalogue;

    @Test
    void onlyAdministratorsMayUseIt() throws Exception {
        assertThat(send("GET", "/api/admin/config/export", null, null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/api/admin/config/export", USER, null).statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/admin/config/apply", USER, "prune: true\napplications: []\n").statusCode()).isEqualTo(403);
        assertThat(catalogue.enabled()).isNotEmpty();
    }

    @Test
    void aBadFileGets422WithEveryProblemAndChangesNothing() throws Exception {
        String before = send("GET", "/api/admin/config/export", ADMIN, null).body();
        HttpResponse<String> bad = send("POST", "/api/admin/config/apply?file=tiles.yaml", ADMIN, """
                applications:
                  - code: lich
                    name: Lịch công tác
                    launchUrl: https://lich.demo.gov.vn/
                    accessRules: ["*"]
                  - code: hop
                    name: Họp không giấy
                    launchUrl: ftp://hop.demo.gov.vn/
                    accessRules: ["unit:NO_SUCH_UNIT"]
                """);

        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(bad.body()).contains("tiles.yaml:8: applications[1].launchUrl: The address must be a full http:// or https:// URL.");
        assertThat(send("GET", "/api/admin/config/export", ADMIN, null).body()).isEqualTo(before);
    }

    @Test
    void planShowsTheChangesAndChangesNothing() throws Exception {
        HttpResponse<String> plan = send("POST", "/api/admin/config/plan", ADMIN, """
                applications:
                  - code: lich-moi
                    name: Lịch công tác mới
                    launchUrl: https://lich-moi.demo.gov.vn/
                    accessRules: ["*"]
                """);
        assertThat(plan.statusCode()).as(plan.body()).isEqualTo(200);
        assertThat(plan.body()).contains("+ create application lich-moi").contains("\"applied\":false");

        HttpResponse<String> settings = send("POST", "/api/admin/config/apply", ADMIN, """
                settings:
                  branding: {provinceName: TỈNH KHÁC}
                """);
        assertThat(settings.statusCode()).as(settings.body()).isEqualTo(200);
        assertThat(settings.body()).contains("\"changes\":[]", "~ setting branding.provinceName: TỈNH DEMO -> TỈNH KHÁC "
                + "(restart required: takes effect at the next start with this file)");
        assertThat(send("GET", "/login", null, null).body()).as("not changed before a restart").contains("TỈNH DEMO")
                .doesNotContain("TỈNH KHÁC");
        assertThat(catalogue.find("lich-moi")).isEmpty();
    }

    @Test
    void theDemoExportImportedIntoAnEmptyDatabaseExportsTheSameFile(@TempDir Path dir) throws Exception {
        HttpResponse<String> export = send("GET", "/api/admin/config/export", ADMIN, null);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body()).contains("units:", "applications:", "accessRules:");
        assertThat(audit.search(new AuditQuery("ADMIN_CHANGE", null, ADMIN, null, null, 20)))
                .anyMatch(e -> "CONFIG_EXPORTED".equals(e.reason()));
        Path file = dir.resolve("demo.yaml");
        Files.writeString(file, export.body());

        assertThat(export.body()).contains("settings:", "loginDomains:", "- demo.gov.vn", "provinceName: TỈNH DEMO",
                "citizenPasswordCutoff: none", "password: ${DANGNHAP_CITIZEN_REGISTRY_PASSWORD}").doesNotContain("Registry@2026");

        // The registry password is read from the variable the export names (the demo sets it in application-demo.yml).
        String registry = "--DANGNHAP_CITIZEN_REGISTRY_PASSWORD=Registry@2026";
        ConfigFiles.Run applied = ConfigFiles.cli("apply", file.toString(), "--spring.datasource.url=" + ConfigFiles.h2File(dir), registry);
        assertThat(applied.exitCode()).as(applied.err()).isZero();
        assertThat(applied.out()).contains("~ setting citizenPasswordCutoff: 2024-07-01 -> none (restart required");
        // ... and take effect at the next start with the file.
        ConfigFiles.Run exported = ConfigFiles.cli("export", "--spring.datasource.url=" + ConfigFiles.h2File(dir),
                "--dangnhap.config=" + file, registry);
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(exported.out()).isEqualTo(export.body());
    }

    private HttpResponse<String> send(String method, String path, String user, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/yaml");
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":Demo@2026").getBytes(StandardCharsets.UTF_8)));
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
