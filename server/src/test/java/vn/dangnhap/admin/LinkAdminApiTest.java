package vn.dangnhap.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dangnhap.admin.AdminHttp.json;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.dangnhap.audit.AuditLog;
import vn.dangnhap.audit.AuditQuery;
import vn.dangnhap.testsupport.DemoPortalTest;

/**
 * Account links made by administrators (admin API, CSV import) and by officials in
 * {@code /account/links}: exact per-row import messages, a dry run that stores nothing, and one
 * application account name that never belongs to two officials.
 */
@DemoPortalTest
class LinkAdminApiTest {

    @LocalServerPort
    int port;
    @Autowired
    AuditLog audit;

    AdminHttp admin;

    @BeforeEach
    void connect() {
        admin = AdminHttp.api(port, AdminHttp.ADMIN);
    }

    @Test
    void csvImportReportsEveryBadRowExactlyAndADryRunChangesNothing() {
        assertThat(admin.postJson("/api/admin/links", "{\"email\":\"phamthidung@demo.gov.vn\",\"application\":\"chidao\","
                + "\"applicationAccount\":\"dung.pt\"}").statusCode()).isEqualTo(201);
        byte[] csv = """
                email,application,application_account
                levancuong@demo.gov.vn,lichcongtac,cuong.lv
                hoangvanem@demo.gov.vn,lichcongtac,CUONG.LV
                khongco@demo.gov.vn,lichcongtac,ai.do
                vuthiphuong@demo.gov.vn,khong-co-app,phuong.vt
                buithihoa@demo.gov.vn,chidao,dung.pt
                phamthidung@demo.gov.vn,chidao,dung2
                dovanhung@demo.gov.vn,lichcongtac,hung.dv
                """.getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> dryRun = admin.postCsv("/api/admin/links/import?dryRun=true", csv);
        assertThat(dryRun.statusCode()).isEqualTo(200);
        JsonNode report = json(dryRun);
        assertThat(report.get("totalRows").asInt()).isEqualTo(7);
        assertThat(report.get("validRows").asInt()).isEqualTo(2);
        assertThat(report.get("imported").asInt()).isZero();
        assertThat(messages(report, 0)).isEmpty();
        assertThat(messages(report, 1)).containsExactly("Account \"CUONG.LV\" of application \"lichcongtac\" already appears in row 2.");
        assertThat(messages(report, 2)).containsExactly("No official with e-mail \"khongco@demo.gov.vn\".");
        assertThat(messages(report, 3)).containsExactly("No application \"khong-co-app\".");
        assertThat(messages(report, 4)).containsExactly("Account \"dung.pt\" of application \"chidao\" is already linked to another official.");
        assertThat(messages(report, 5)).containsExactly(
                "Official phamthidung@demo.gov.vn is already linked to application \"chidao\" (account \"dung.pt\").");
        assertThat(messages(report, 6)).isEmpty();
        assertThat(json(admin.get("/api/admin/links?application=lichcongtac")).size()).isZero();

        // Without validRowsOnly a file with bad rows stores nothing.
        assertThat(admin.postCsv("/api/admin/links/import", csv).statusCode()).isEqualTo(422);
        assertThat(json(admin.get("/api/admin/links?application=lichcongtac")).size()).isZero();

        HttpResponse<String> imported = admin.postCsv("/api/admin/links/import?validRowsOnly=true", csv);
        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(json(imported).get("imported").asInt()).isEqualTo(2);
        JsonNode links = json(admin.get("/api/admin/links?application=lichcongtac"));
        assertThat(links.size()).isEqualTo(2);
        assertThat(links.findValuesAsString("applicationAccount")).containsExactlyInAnyOrder("cuong.lv", "hung.dv");
        assertThat(links.findValuesAsString("origin")).containsOnly("IMPORT");
        assertThat(links.findValuesAsString("status")).containsOnly("ACTIVE");
    }

    @Test
    void theSameApplicationAccountClaimedByASecondOfficialIsRefusedAndAudited() {
        HttpResponse<String> first = admin.postJson("/api/admin/links", "{\"email\":\"dangvangiang@demo.gov.vn\","
                + "\"application\":\"dieuhanh\",\"applicationAccount\":\"giang.dv\"}");
        assertThat(first.statusCode()).isEqualTo(201);

        HttpResponse<String> second = admin.postJson("/api/admin/links", "{\"email\":\"ngothikim@demo.gov.vn\","
                + "\"application\":\"dieuhanh\",\"applicationAccount\":\"Giang.DV\"}");
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(json(second).get("detail").asString())
                .isEqualTo("Account \"Giang.DV\" of application \"dieuhanh\" is already linked to someone else.");
        assertThat(audit.search(new AuditQuery("LINK_CLAIM", "FAILURE", null, null, null, 50)))
                .anyMatch(e -> "ngothikim@demo.gov.vn".equals(e.username()) && "NAME_CLAIMED".equals(e.reason())
                        && "dieuhanh".equals(e.application()));

        // The same claim through self-service is refused as well, and nothing is stored.
        AdminHttp kim = AdminHttp.browser(port, "ngothikim@demo.gov.vn");
        String csrf = kim.csrfOf(kim.get("/account/links").body());
        HttpResponse<String> selfService = kim.postForm("/account/links",
                Map.of("application", "dieuhanh", "applicationAccount", "giang.dv", "_csrf", csrf));
        assertThat(selfService.statusCode()).isEqualTo(409);
        assertThat(selfService.body()).contains("Tài khoản &quot;giang.dv&quot; của ứng dụng &quot;dieuhanh&quot; đã được liên kết với người khác.");
        assertThat(json(admin.get("/api/admin/links?email=ngothikim@demo.gov.vn")).size()).isZero();

        // A second link of one official to the same application is refused too.
        HttpResponse<String> again = admin.postJson("/api/admin/links", "{\"email\":\"dangvangiang@demo.gov.vn\","
                + "\"application\":\"dieuhanh\",\"applicationAccount\":\"giang2\"}");
        assertThat(again.statusCode()).isEqualTo(409);
    }

    @Test
    void aSelfServiceLinkIsPendingUntilAnAdministratorApprovesIt() {
        AdminHttp hoa = AdminHttp.browser(port, "buithihoa@demo.gov.vn");
        String csrf = hoa.csrfOf(hoa.get("/account/links").body());
        HttpResponse<String> requested = hoa.postForm("/account/links",
                Map.of("application", "thudientu", "applicationAccount", "hoa.bt", "_csrf", csrf));
        assertThat(requested.statusCode()).isEqualTo(302);
        String page = hoa.get("/account/links").body();
        assertThat(page).contains("hoa.bt").contains("Chờ xác nhận");

        JsonNode pending = json(admin.get("/api/admin/links?status=PENDING&email=buithihoa@demo.gov.vn"));
        assertThat(pending.size()).isEqualTo(1);
        assertThat(pending.get(0).get("origin").asString()).isEqualTo("SELF_SERVICE");
        String id = pending.get(0).get("id").asString();
        HttpResponse<String> approved = admin.post("/api/admin/links/" + id + "/approve");
        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(json(approved).get("status").asString()).isEqualTo("ACTIVE");
        assertThat(hoa.get("/account/links").body()).contains("Đang hiệu lực");
        assertThat(audit.search(new AuditQuery("LINK_CONFIRMED", null, null, null, null, 50)))
                .anyMatch(e -> "buithihoa@demo.gov.vn".equals(e.username()) && e.detail().contains("admin@demo.gov.vn"));

        assertThat(admin.delete("/api/admin/links/" + id).statusCode()).isEqualTo(204);
        assertThat(hoa.get("/account/links").body()).doesNotContain("hoa.bt");
    }

    @Test
    void theConsoleAddsAndRemovesALinkOnTheOfficialsPageAndListsPendingLinks() {
        AdminHttp console = AdminHttp.browser(port, AdminHttp.ADMIN);
        String id = json(admin.get("/api/admin/officials?text=duongvanlong")).findValuesAsString("id").getFirst();
        String page = console.get("/admin/officials/" + id + "/edit").body();
        assertThat(page).contains("id=\"links-section\"");
        HttpResponse<String> added = console.postForm("/admin/officials/" + id + "/links",
                Map.of("application", "ecabinet", "applicationAccount", "long.dv", "_csrf", console.csrfOf(page)));
        assertThat(added.statusCode()).isEqualTo(302);
        page = console.get("/admin/officials/" + id + "/edit").body();
        assertThat(page).contains("long.dv").contains("Đã liên kết tài khoản long.dv.");

        AdminHttp kim = AdminHttp.browser(port, "hoangvanem@demo.gov.vn");
        kim.postForm("/account/links", Map.of("application", "ecabinet", "applicationAccount", "em.hv",
                "_csrf", kim.csrfOf(kim.get("/account/links").body())));
        String pending = console.get("/admin/links").body();
        assertThat(pending).contains("hoangvanem@demo.gov.vn").contains("em.hv");
    }

    private static List<String> messages(JsonNode report, int row) {
        return report.get("rows").get(row).get("messages").valueStream().map(JsonNode::asString).toList();
    }
}
