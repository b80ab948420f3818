package vn.dangnhap.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dangnhap.admin.AdminHttp.json;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The audience of an application ("Đối tượng sử dụng") through the admin API and the console form. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.active=demo",
        "spring.datasource.url=jdbc:h2:mem:admin-audience;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
class ApplicationAudienceAdminTest {

    @LocalServerPort
    int port;

    @Test
    void anApplicationIsForOfficialsUnlessToldOtherwiseAndKeepsItsAudienceWhenAPutLeavesItOut() {
        AdminHttp admin = AdminHttp.api(port, AdminHttp.ADMIN);
        JsonNode plain = json(admin.postJson("/api/admin/applications", """
                {"code":"noibo","name":"Nội bộ","launchUrl":"https://noibo.demo.gov.vn/","accessRules":["*"]}"""));
        assertThat(plain.get("audience").asString()).isEqualTo("OFFICIALS");
        assertThat(plain.get("verifiedCitizensOnly").asBoolean()).isTrue();
        assertThat(plain.get("releasePersonalIdentifier").asBoolean()).isFalse();

        HttpResponse<String> created = admin.postJson("/api/admin/applications", """
                {"code":"hotich","name":"Hộ tịch trực tuyến","launchUrl":"https://hotich.demo.gov.vn/","accessRules":[],
                 "audience":"citizens","verifiedCitizensOnly":false,"releasePersonalIdentifier":true}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(json(created).get("audience").asString()).isEqualTo("CITIZENS");
        assertThat(json(created).get("verifiedCitizensOnly").asBoolean()).isFalse();
        assertThat(json(created).get("releasePersonalIdentifier").asBoolean()).isTrue();

        JsonNode renamed = json(admin.putJson("/api/admin/applications/hotich", """
                {"name":"Hộ tịch","launchUrl":"https://hotich.demo.gov.vn/","accessRules":[]}"""));
        assertThat(renamed.get("audience").asString()).isEqualTo("CITIZENS");
        assertThat(renamed.get("releasePersonalIdentifier").asBoolean()).isTrue();
        JsonNode both = json(admin.putJson("/api/admin/applications/hotich", """
                {"name":"Hộ tịch","launchUrl":"https://hotich.demo.gov.vn/","accessRules":[],"audience":"BOTH"}"""));
        assertThat(both.get("audience").asString()).isEqualTo("BOTH");
    }

    @Test
    void aBadAudienceIsRefusedAndNothingIsStored() {
        AdminHttp admin = AdminHttp.api(port, AdminHttp.ADMIN);
        HttpResponse<String> refused = admin.postJson("/api/admin/applications", """
                {"code":"sai","name":"Sai","launchUrl":"https://sai.demo.gov.vn/","accessRules":[],"audience":"everyone"}""");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).get("field").asString()).isEqualTo("audience");
        assertThat(json(refused).get("detail").asString()).isEqualTo("The audience must be officials, citizens or both.");
        assertThat(admin.get("/api/admin/applications/sai").statusCode()).isEqualTo(404);
    }

    @Test
    void theConsoleFormSetsTheAudienceAndShowsItInTheList() {
        AdminHttp console = AdminHttp.browser(port, AdminHttp.ADMIN);
        String csrf = console.csrfOf(console.get("/admin/applications/new").body());
        HttpResponse<String> saved = console.postForm("/admin/applications", Map.of("_csrf", csrf, "code", "thue",
                "name", "Thuế điện tử", "description", "", "icon", "SERVICE", "launchUrl", "https://thue.demo.gov.vn/",
                "sortOrder", "3", "accessRules", "", "audience", "CITIZENS", "releasePersonalIdentifier", "true"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        JsonNode stored = json(AdminHttp.api(port, AdminHttp.ADMIN).get("/api/admin/applications/thue"));
        assertThat(stored.get("audience").asString()).isEqualTo("CITIZENS");
        // The box "verified citizens only" was left unticked.
        assertThat(stored.get("verifiedCitizensOnly").asBoolean()).isFalse();
        assertThat(stored.get("releasePersonalIdentifier").asBoolean()).isTrue();
        assertThat(console.get("/admin/applications").body()).contains("Công dân");
        assertThat(console.get("/admin/applications/thue/edit").body()).contains("id=\"audience\"");

        HttpResponse<String> bad = console.postForm("/admin/applications", Map.of("_csrf", csrf, "code", "thue2",
                "name", "Thuế 2", "icon", "SERVICE", "launchUrl", "https://thue2.demo.gov.vn/", "audience", "NOBODY"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Đối tượng sử dụng phải là");
    }
}
