package vn.dangnhap.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dangnhap.admin.AdminHttp.json;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangnhap.testsupport.DemoPortalTest;

/** An admin's lock carries the reason ADMIN and its time; the unlock clears both. */
@DemoPortalTest
class AdminLockReasonTest {

    @LocalServerPort int port;

    @Test
    void adminLockShowsReasonAndTimeAndUnlockClearsThem() {
        AdminHttp admin = AdminHttp.api(port, AdminHttp.ADMIN);
        String email = "khoaql" + UUID.randomUUID().toString().substring(0, 8) + "@demo.gov.vn";
        HttpResponse<String> created = admin.postJson("/api/admin/officials",
                "{\"email\":\"" + email + "\",\"fullName\":\"Lê Văn Khóa\",\"unitCode\":\"DEMO\"}");
        String id = json(created).get("id").asString();

        HttpResponse<String> locked = admin.post("/api/admin/officials/" + id + "/lock");
        assertThat(json(locked).get("status").asString()).isEqualTo("LOCKED");
        assertThat(json(locked).get("lockReason").asString()).isEqualTo("ADMIN");
        assertThat(json(locked).get("lockedAt").isNull()).isFalse();

        AdminHttp console = AdminHttp.browser(port, AdminHttp.ADMIN);
        assertThat(console.get("/admin/officials/" + id + "/edit").body())
                .contains("Tài khoản đang bị khóa", "Tài khoản bị quản trị viên khóa.", "Bị khóa từ ");

        HttpResponse<String> unlocked = admin.post("/api/admin/officials/" + id + "/unlock");
        assertThat(json(unlocked).get("status").asString()).isEqualTo("ACTIVE");
        assertThat(json(unlocked).get("lockReason").isNull()).isTrue();
    }
}
