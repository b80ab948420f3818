package vn.dangnhap.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.dangnhap.testsupport.DemoPortalTest;

/** {@code POST /api/admin/officials/{id}/password-reset} and {@code PUT …/password}: default passwords, must change at first login. */
@DemoPortalTest
class PasswordResetApiTest {

    @LocalServerPort int port;

    @Test
    void resetReturnsADefaultPasswordOnceThatMustBeChangedAtTheFirstLogin() throws Exception {
        AdminHttp admin = AdminHttp.api(port, AdminHttp.ADMIN);
        String id = json(admin.postJson("/api/admin/officials",
                "{\"email\":\"reset.api@demo.gov.vn\",\"fullName\":\"Hồ Đặt Lại\",\"unitCode\":\"SO_NV\",\"roles\":[]}")).get("id").asString();

        HttpResponse<String> reset = admin.post("/api/admin/officials/" + id + "/password-reset");
        assertThat(reset.statusCode()).isEqualTo(200);
        assertThat(reset.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        String defaultPassword = json(reset).get("defaultPassword").asString();
        assertThat(defaultPassword).hasSize(12);
        assertThat(json(admin.get("/api/admin/officials/" + id)).get("hasPassword").asBoolean()).isTrue();

        AdminHttp official = AdminHttp.browser(port, "reset.api", defaultPassword);
        HttpResponse<String> portal = official.get("/");
        assertThat(portal.statusCode()).isEqualTo(302);
        assertThat(portal.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/password/change"));

        // A password the admin sets is a default password too.
        assertThat(admin.putJson("/api/admin/officials/" + id + "/password", "{\"password\":\"Admin-dat@2026\"}").statusCode()).isEqualTo(204);
        assertThat(AdminHttp.browser(port, "reset.api", "Admin-dat@2026").get("/admin").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/password/change"));

        HttpResponse<String> trail = admin.get("/api/admin/audit?type=ADMIN_CHANGE&username=admin@demo.gov.vn&limit=1000");
        assertThat(trail.body()).contains("OFFICIAL_PASSWORD_RESET").doesNotContain(defaultPassword).doesNotContain("Admin-dat@2026");
        assertThat(admin.post("/api/admin/officials/00000000-0000-0000-0000-000000000000/password-reset").statusCode()).isEqualTo(404);
        assertThat(AdminHttp.api(port, AdminHttp.USER).post("/api/admin/officials/" + id + "/password-reset").statusCode()).isEqualTo(403);
    }

    @Test
    void anAdministratorWithADefaultPasswordCannotUseTheApiUntilItIsChanged() {
        AdminHttp admin = AdminHttp.api(port, AdminHttp.ADMIN);
        String id = json(admin.postJson("/api/admin/officials",
                "{\"email\":\"admin.moi@demo.gov.vn\",\"fullName\":\"Quản Trị Mới\",\"unitCode\":\"SO_NV\",\"roles\":[\"ADMIN\"]}"))
                .get("id").asString();
        assertThat(admin.putJson("/api/admin/officials/" + id + "/password", "{\"password\":\"" + AdminHttp.PASSWORD + "\"}").statusCode())
                .isEqualTo(204);

        HttpResponse<String> refused = AdminHttp.api(port, "admin.moi@demo.gov.vn").get("/api/admin/officials");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).get("detail").asString())
                .isEqualTo("The password is a default password: change it at /password/change before using the API.");
        assertThat(AdminHttp.api(port, AdminHttp.ADMIN).get("/api/admin/officials").statusCode()).isEqualTo(200);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return AdminHttp.JSON.readTree(response.body());
    }
}
