package vn.dangnhap.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dangnhap.admin.AdminHttp.json;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangnhap.audit.AuditLog;
import vn.dangnhap.audit.AuditQuery;

/** CAS registrations through the admin REST API, audited, and refused when the input is bad. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.active=demo",
        "spring.datasource.url=jdbc:h2:mem:cas-admin-api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
class CasServiceAdminApiTest {

    @LocalServerPort
    int port;
    @Autowired
    AuditLog audit;

    @Test
    void registersChangesDisablesAndEnablesACasService() {
        AdminHttp admin = AdminHttp.api(port, AdminHttp.ADMIN);
        assertThat(admin.postJson("/api/admin/applications", """
                {"code":"motcua-cas","name":"Một cửa","launchUrl":"https://motcua.demo.gov.vn/","accessRules":["*"]}""")
                .statusCode()).isEqualTo(201);

        HttpResponse<String> created = admin.postJson("/api/admin/cas-services", """
                {"code":"motcua-cas","name":"Một cửa","servicePattern":"^https://motcua\\\\.demo\\\\.gov\\\\.vn/.*$"}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(json(created).get("sloEnabled").asBoolean()).isTrue();
        assertThat(json(created).get("enabled").asBoolean()).isTrue();
        assertThat(admin.get("/api/admin/cas-services").body()).contains("\"motcua-cas\"");

        HttpResponse<String> changed = admin.putJson("/api/admin/cas-services/motcua-cas", """
                {"name":"Một cửa điện tử","servicePattern":"https://motcua.demo.gov.vn/cas","sloEnabled":false}""");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(json(changed).get("servicePattern").asString()).isEqualTo("https://motcua.demo.gov.vn/cas");
        assertThat(json(changed).get("sloEnabled").asBoolean()).isFalse();

        assertThat(json(admin.post("/api/admin/cas-services/motcua-cas/disable")).get("enabled").asBoolean()).isFalse();
        assertThat(json(admin.post("/api/admin/cas-services/motcua-cas/enable")).get("enabled").asBoolean()).isTrue();
        assertThat(audit.search(new AuditQuery("ADMIN_CHANGE", null, null, null, null, 50)))
                .anyMatch(e -> "CAS_SERVICE_CREATED".equals(e.reason()) && "motcua-cas".equals(e.application()))
                .anyMatch(e -> "CAS_SERVICE_DISABLED".equals(e.reason()));
    }

    @Test
    void refusesBadInput() {
        AdminHttp admin = AdminHttp.api(port, AdminHttp.ADMIN);
        assertThat(admin.postJson("/api/admin/cas-services", """
                {"code":"no-such-app","name":"X","servicePattern":"https://x.demo.gov.vn/"}""").statusCode()).isEqualTo(400);
        assertThat(admin.postJson("/api/admin/applications", """
                {"code":"cas-bad","name":"X","launchUrl":"https://x.demo.gov.vn/","accessRules":["*"]}""").statusCode())
                .isEqualTo(201);
        assertThat(admin.postJson("/api/admin/cas-services", """
                {"code":"cas-bad","name":"X","servicePattern":"^https://x\\\\.demo\\\\.gov\\\\.vn/.*"}""").statusCode())
                .isEqualTo(400);
        assertThat(admin.postJson("/api/admin/cas-services", """
                {"code":"cas-bad","name":"X","servicePattern":"javascript:alert(1)"}""").statusCode()).isEqualTo(400);
        assertThat(admin.get("/api/admin/cas-services/nothing").statusCode()).isEqualTo(404);
        assertThat(AdminHttp.api(port, AdminHttp.USER).get("/api/admin/cas-services").statusCode()).isEqualTo(403);
    }

    @Test
    void theConsoleRegistersAnApplicationForCas() {
        AdminHttp.api(port, AdminHttp.ADMIN).postJson("/api/admin/applications", """
                {"code":"cas-console","name":"Lịch công tác","launchUrl":"https://lich.demo.gov.vn/","accessRules":["*"]}""");
        AdminHttp console = AdminHttp.browser(port, AdminHttp.ADMIN);
        HttpResponse<String> page = console.get("/admin/applications/cas-console/cas");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Ứng dụng chưa đăng ký CAS.");
        String csrf = console.csrfOf(page.body());

        HttpResponse<String> bad = console.postForm("/admin/applications/cas-console/cas",
                java.util.Map.of("servicePattern", "^https://lich", "_csrf", csrf));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Địa chỉ dịch vụ không hợp lệ");

        HttpResponse<String> saved = console.postForm("/admin/applications/cas-console/cas",
                java.util.Map.of("servicePattern", "https://lich.demo.gov.vn/", "sloEnabled", "on", "_csrf", csrf));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(console.get("/admin/applications/cas-console/cas").body()).contains("https://lich.demo.gov.vn/", "Đang hoạt động");
        assertThat(console.postForm("/admin/applications/cas-console/cas/disable", java.util.Map.of("_csrf", csrf)).statusCode())
                .isEqualTo(302);
        assertThat(json(AdminHttp.api(port, AdminHttp.ADMIN).get("/api/admin/cas-services/cas-console")).get("enabled").asBoolean())
                .isFalse();
    }
}
