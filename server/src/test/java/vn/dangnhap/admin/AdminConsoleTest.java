package vn.dangnhap.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The admin console pages, used through a session as a browser would: login form, CSRF tokens, redirects. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.active=demo",
        "spring.datasource.url=jdbc:h2:mem:admin-console;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
class AdminConsoleTest {

    @LocalServerPort
    int port;

    AdminHttp admin;

    @BeforeEach
    void signIn() {
        admin = AdminHttp.browser(port, "admin");
    }

    @Test
    void showsEveryConsolePageToAnAdminInVietnamese() {
        Map<String, String> headings = new LinkedHashMap<>();
        headings.put("/admin", "<h1>Quản trị hệ thống</h1>");
        headings.put("/admin/units", "<h1>Đơn vị</h1>");
        headings.put("/admin/units/new", "<h1>Thêm đơn vị</h1>");
        headings.put("/admin/units/SO_TTTT/edit", "<h1>Sửa đơn vị SO_TTTT</h1>");
        headings.put("/admin/officials?text=nguyen&status=ACTIVE&limit=5&offset=0", "<h1>Cán bộ</h1>");
        headings.put("/admin/officials/new", "<h1>Thêm cán bộ</h1>");
        headings.put("/admin/applications", "<h1>Ứng dụng</h1>");
        headings.put("/admin/applications/new", "<h1>Thêm ứng dụng</h1>");
        headings.put("/admin/applications/ecabinet/edit", "<h1>Sửa ứng dụng ecabinet</h1>");
        headings.put("/admin/import", "<h1>Nhập cán bộ từ tệp CSV</h1>");
        headings.put("/admin/audit?type=LOGIN&outcome=SUCCESS", "<h1>Nhật ký hệ thống</h1>");
        headings.forEach((path, heading) -> {
            HttpResponse<String> page = admin.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains(heading);
        });
        // The unit tree is indented: a commune three levels below the province.
        assertThat(admin.get("/admin/units").body()).contains("<td class=\"depth-2\">UBND xã Tân Lập</td>");
        assertThat(admin.get("/admin/applications").body()).contains("<li>role:LANH_DAO</li>", "<li>unit:VP_UBND</li>");
        assertThat(admin.get("/admin/audit?type=LOGIN").body()).contains("admin@demo.gov.vn");
        assertThat(admin.get("/admin/officials?lang=en").body()).contains("<h1>Officials</h1>");
    }

    @Test
    void theStartPageNamesTheApplicationsNoOfficialMayOpenUntilTheyGetRules() {
        assertThat(admin.get("/admin").body()).doesNotContain("id=\"closed-applications\"");
        AdminHttp api = AdminHttp.api(port, AdminHttp.ADMIN);
        assertThat(api.postJson("/api/admin/applications", """
                {"code":"chua-quy-tac","name":"Chưa có quy tắc","launchUrl":"https://cqt.demo.gov.vn/","accessRules":[]}""")
                .statusCode()).isEqualTo(201);
        String home = admin.get("/admin").body();
        assertThat(home).contains("id=\"closed-applications\"").contains("Ứng dụng chưa có quy tắc truy cập")
                .contains("data-code=\"chua-quy-tac\"").contains("/admin/applications/chua-quy-tac/edit");

        assertThat(api.putJson("/api/admin/applications/chua-quy-tac", """
                {"name":"Chưa có quy tắc","launchUrl":"https://cqt.demo.gov.vn/","accessRules":["unit:SO_TTTT"]}""")
                .statusCode()).isEqualTo(200);
        assertThat(admin.get("/admin").body()).doesNotContain("data-code=\"chua-quy-tac\"");
    }

    @Test
    void refusesTheConsoleToAnOfficialWhoIsNotAnAdmin() {
        AdminHttp user = AdminHttp.browser(port, "nguyenvanan");
        HttpResponse<String> page = user.get("/admin/officials");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("Bạn không có quyền truy cập trang này.");
        assertThat(user.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void createsAnOfficialThroughTheFormAndRecordsItInTheAuditTrail() {
        String token = admin.csrfOf(admin.get("/admin/officials/new").body());
        HttpResponse<String> created = admin.postForm("/admin/officials", Map.of("_csrf", token,
                "email", "ConsoleNew@demo.gov.vn", "fullName", "Nguyễn Thị Console", "phone", "0912 345 888",
                "unitCode", "SO_NV", "roles", "CHUYEN_VIEN, van_thu", "password", "Console@2026-pass"));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin/officials"));

        HttpResponse<String> list = admin.get("/admin/officials");
        assertThat(list.body()).contains("Đã thêm cán bộ consolenew@demo.gov.vn.");
        HttpResponse<String> found = admin.get("/admin/officials?text=consolenew");
        assertThat(found.body()).contains("Nguyễn Thị Console", "+84912345888", "CHUYEN_VIEN, VAN_THU", "Đang hoạt động");

        // The initial password works, as a default password: the new official signs in and must change it first.
        HttpResponse<String> portal = AdminHttp.browser(port, "consolenew", "Console@2026-pass").get("/");
        assertThat(portal.statusCode()).isEqualTo(302);
        assertThat(portal.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/password/change"));

        HttpResponse<String> audit = admin.get("/admin/audit?type=ADMIN_CHANGE&username=admin");
        assertThat(audit.body()).contains("OFFICIAL_CREATED", "consolenew@demo.gov.vn unit SO_NV", "OFFICIAL_PASSWORD_SET")
                .doesNotContain("Console@2026-pass");
    }

    @Test
    void reShowsTheFormWithTheVietnameseMessageOnBadInputAndStoresNothing() {
        String token = admin.csrfOf(admin.get("/admin/officials/new").body());
        HttpResponse<String> badEmail = admin.postForm("/admin/officials", Map.of("_csrf", token,
                "email", "khong-phai-email", "fullName", "Lê Văn Sai", "phone", "", "unitCode", "SO_NV", "roles", "",
                "password", "Secret@2026-x"));
        assertThat(badEmail.statusCode()).isEqualTo(400);
        assertThat(badEmail.body()).contains("<p class=\"field-error\">Địa chỉ thư điện tử không hợp lệ.</p>",
                "value=\"khong-phai-email\"", "value=\"Lê Văn Sai\"").doesNotContain("Secret@2026-x");

        HttpResponse<String> taken = admin.postForm("/admin/officials", Map.of("_csrf", token,
                "email", "admin@demo.gov.vn", "fullName", "Trùng", "phone", "", "unitCode", "SO_NV", "roles", ""));
        assertThat(taken.statusCode()).isEqualTo(400);
        assertThat(taken.body()).contains("Địa chỉ admin@demo.gov.vn đã được dùng cho tài khoản khác.");

        HttpResponse<String> markup = admin.postForm("/admin/officials", Map.of("_csrf", token,
                "email", "markup@demo.gov.vn", "fullName", "<script>alert(1)</script>", "phone", "12", "unitCode", "SO_NV"));
        assertThat(markup.statusCode()).isEqualTo(400);
        assertThat(markup.body()).contains("Tên chứa ký tự không được phép").doesNotContain("<script>alert(1)</script>");

        HttpResponse<String> badRule = admin.postForm("/admin/applications", Map.of("_csrf", token,
                "code", "badrule", "name", "Sai quy tắc", "icon", "GENERIC", "launchUrl", "https://x.demo.gov.vn",
                "sortOrder", "1", "accessRules", "*\nai cũng được"));
        assertThat(badRule.statusCode()).isEqualTo(400);
        assertThat(badRule.body()).contains("Quy tắc truy cập \"ai cũng được\" không hợp lệ".replace("\"", "&quot;"));

        HttpResponse<String> badUnit = admin.postForm("/admin/units", Map.of("_csrf", token,
                "code", "SO_DAI", "name", "X".repeat(10_000), "kind", "DEPARTMENT", "parentCode", "DEMO"));
        assertThat(badUnit.statusCode()).isEqualTo(400);
        assertThat(badUnit.body()).contains("Tên dài quá 200 ký tự.");

        assertThat(admin.get("/admin/officials?text=khong-phai").body()).contains("Không có dữ liệu.");
        assertThat(admin.get("/admin/officials?text=markup").body()).contains("Không có dữ liệu.");
        assertThat(admin.get("/admin/applications").body()).doesNotContain("badrule");
        assertThat(admin.get("/admin/units").body()).doesNotContain("SO_DAI");
    }

    @Test
    void importsOfficialsFromAnUploadedFileAndReportsInvalidRows() {
        byte[] csv = ("\uFEFFemail,full_name,phone,unit_code,roles\n"
                + "upload.mot@demo.gov.vn,Trần Upload Một,,SO_TC,CHUYEN_VIEN\n"
                + "upload.hai@demo.gov.vn,Trần Upload Hai,,KHONG_CO,\n").getBytes(StandardCharsets.UTF_8);
        String token = admin.csrfOf(admin.get("/admin/import").body());

        HttpResponse<String> refused = admin.postMultipart("/admin/import", Map.of("_csrf", token), "can-bo.csv", csv);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Tệp có 1 dòng lỗi nên không dòng nào được nhập.",
                "<td>3</td>", "upload.hai@demo.gov.vn", "Không có đơn vị mã &quot;KHONG_CO&quot;.");
        assertThat(admin.get("/admin/officials?text=upload.").body()).contains("Không có dữ liệu.");

        HttpResponse<String> imported = admin.postMultipart("/admin/import",
                Map.of("_csrf", token, "validRowsOnly", "true"), "can-bo.csv", csv);
        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(imported.body()).contains("Đã nhập 1 cán bộ (1 dòng lỗi được bỏ qua).");
        assertThat(admin.get("/admin/officials?text=upload.").body()).contains("Trần Upload Một").doesNotContain("Trần Upload Hai");

        HttpResponse<String> notCsv = admin.postMultipart("/admin/import", Map.of("_csrf", token), "anh.csv",
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
        assertThat(notCsv.statusCode()).isEqualTo(400);
        assertThat(notCsv.body()).contains("Tệp không phải mã UTF-8.");
    }

    @Test
    void changesAnOfficialsStatusAndPasswordFromTheConsole() {
        String list = admin.get("/admin/officials?text=tranthibinh").body();
        String id = list.replaceAll("(?s).*?/admin/officials/([0-9a-f-]{36})/edit.*", "$1");
        String token = admin.csrfOf(list);

        assertThat(admin.postForm("/admin/officials/" + id + "/lock", Map.of("_csrf", token)).statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/officials?text=tranthibinh").body()).contains("Đã khóa", "Tài khoản tranthibinh@demo.gov.vn đã bị khóa.");
        admin.postForm("/admin/officials/" + id + "/unlock", Map.of("_csrf", token));
        assertThat(admin.get("/admin/officials?text=tranthibinh").body()).contains("Đang hoạt động");

        HttpResponse<String> tooLong = admin.postForm("/admin/officials/" + id + "/password", Map.of("_csrf", token, "password", "x".repeat(300)));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("Mật khẩu dài quá 256 ký tự.");
        assertThat(admin.postForm("/admin/officials/" + id + "/password", Map.of("_csrf", token, "password", "Binh@2026-new")).statusCode())
                .isEqualTo(302);
        assertThat(admin.get("/admin/audit?type=ADMIN_CHANGE").body())
                .contains("OFFICIAL_LOCKED", "OFFICIAL_UNLOCKED", "OFFICIAL_PASSWORD_SET").doesNotContain("Binh@2026-new");
    }
}
