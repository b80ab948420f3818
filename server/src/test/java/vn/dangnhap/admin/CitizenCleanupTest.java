package vn.dangnhap.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dangnhap.admin.AdminHttp.json;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.dangnhap.audit.AuditEntry;
import vn.dangnhap.audit.AuditEvent;
import vn.dangnhap.login.LoginAuditType;
import vn.dangnhap.audit.AuditLog;
import vn.dangnhap.citizen.Cccd;
import vn.dangnhap.citizen.CitizenAccount;
import vn.dangnhap.citizen.CitizenAccounts;
import vn.dangnhap.citizen.Cmnd;
import vn.dangnhap.credential.PasswordCheck;
import vn.dangnhap.credential.PasswordCredentials;
import vn.dangnhap.linking.AccountLinks;
import vn.dangnhap.linking.AppLink;
import vn.dangnhap.linking.internal.LinkStore;
import vn.dangnhap.testsupport.FormClient;
import vn.dangnhap.testsupport.MutableClock;

/**
 * The citizen clean-up of issue 7 through the admin console (a signed-in session, CSRF tokens) and
 * the admin API (HTTP Basic), on a seeded set of accounts: verified, unverified, duplicates by number
 * and by name + birth date, dormant ones made on a clock the test moves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.active=demo",
        // the demo may switch the cut-off off; these tests need the legal one
        "dangnhap.citizen.password-cutoff=2024-07-01",
        "spring.datasource.url=jdbc:h2:mem:citizen-cleanup;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
@Import(MutableClock.Config.class)
class CitizenCleanupTest {

    static final String HOA_PIN = "079195012345";
    static final String BINH_PIN = "001090004321";
    static final String DUNG_PIN = "036185001234";
    static final String EM_PIN = "031178000456";
    /** A 9- to 12-digit number standing alone (not a piece of a UUID or another token). */
    static final Pattern FULL_NUMBER = Pattern.compile("(?<![0-9A-Za-z-])\\d{9,12}(?![0-9A-Za-z-])");

    @LocalServerPort
    int port;
    @Autowired
    CitizenAccounts accounts;
    @Autowired
    PasswordCredentials passwords;
    @Autowired
    AccountLinks links;
    @Autowired
    LinkStore linkStore;
    @Autowired
    AuditLog audit;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    AdminHttp api;
    /** A: e-ID, verified 0791…45, Nguyễn Thị Hoa 1995-03-14, last login 24 months ago. */
    CitizenAccount hoaEid;
    /** B: legacy hoa.nt, claims A's number, NGUYEN THI HOA 1995-03-14, signed in 6 months ago. */
    CitizenAccount hoaLegacy;
    /** C: legacy binh.tv claims 0010…21; signed in 6 months ago. D: legacy binh2 claims the same number, no birth date. */
    CitizenAccount binh;
    CitizenAccount binh2;
    /** E, F: legacy, no number, same name (with and without capitals) and birth date. */
    CitizenAccount chau;
    CitizenAccount chau2;
    /** G: legacy, a number nobody else has. H: e-ID, verified, alone. */
    CitizenAccount dung;
    CitizenAccount em;

    @BeforeEach
    void seed() {
        // every test starts from the seeded set alone (demo citizens and earlier tests' accounts removed)
        for (String table : jdbc.sql("SELECT LOWER(table_name) FROM information_schema.tables WHERE LOWER(table_name) IN "
                + "('citizen_consent', 'citizen_verification_attempt')").query(String.class).list()) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        jdbc.sql("DELETE FROM linking_app_link WHERE account_id IN (SELECT id FROM citizen_account)").update();
        jdbc.sql("DELETE FROM credential_password WHERE account_id IN (SELECT id FROM citizen_account)").update();
        jdbc.sql("UPDATE citizen_account SET merged_into = NULL").update();
        jdbc.sql("DELETE FROM citizen_account").update();
        Instant now = Instant.now();
        clock.moveTo(now.minus(Duration.ofDays(730)));
        hoaEid = accounts.createFromEid(new Cccd(HOA_PIN), "Nguyễn Thị Hoa", LocalDate.of(1995, 3, 14), 2);
        accounts.recordLogin(hoaEid.id(), 2);
        hoaLegacy = accounts.createLegacy("hoa.nt", "NGUYEN THI HOA", LocalDate.of(1995, 3, 14), new Cccd(HOA_PIN),
                new Cmnd("025123456"), null, null);
        binh = accounts.createLegacy("binh.tv", "Trần Văn Bình", LocalDate.of(1990, 7, 2), new Cccd(BINH_PIN), null, null, null);
        binh2 = accounts.createLegacy("binh2", "Tran Van Binh", null, new Cccd(BINH_PIN), null, null, null);
        chau = accounts.createLegacy("chau.lm", "Lê Minh Châu", LocalDate.of(2003, 11, 20), null, null, null, null);
        chau2 = accounts.createLegacy("chau2", "LÊ MINH CHÂU", LocalDate.of(2003, 11, 20), null, null, null, null);
        dung = accounts.createLegacy("dung.pt", "Phạm Thị Dung", LocalDate.of(1985, 1, 9), new Cccd(DUNG_PIN),
                new Cmnd("162345678"), null, null);
        em = accounts.createFromEid(new Cccd(EM_PIN), "Hoàng Văn Em", LocalDate.of(1978, 5, 30), 2);
        clock.moveTo(now.minus(Duration.ofDays(182)));
        accounts.recordLogin(hoaLegacy.id(), null);
        accounts.recordLogin(binh.id(), null);
        clock.moveTo(Instant.now());
        api = AdminHttp.api(port, AdminHttp.ADMIN);
    }

    @AfterEach
    void resetClock() {
        clock.moveTo(Instant.now());
    }

    @Test
    void countsAndListsEachCategoryWithNumbersMasked() {
        JsonNode summary = json(api.get("/api/admin/citizens/summary"));
        assertThat(summary.get("verified").asLong()).isEqualTo(2);
        assertThat(summary.get("unverified").asLong()).isEqualTo(6);
        assertThat(summary.get("duplicates").asLong()).isEqualTo(6);
        assertThat(summary.get("duplicateGroups").asLong()).isEqualTo(4);
        assertThat(summary.get("dormant").asLong()).isEqualTo(6);
        assertThat(summary.get("dormantMonths").asInt()).isEqualTo(12);
        assertThat(json(api.get("/api/admin/citizens/summary?months=3")).get("dormant").asLong()).isEqualTo(8);
        assertThat(json(api.get("/api/admin/citizens/summary?months=30")).get("dormant").asLong()).isZero();

        assertThat(logins("VERIFIED", "")).containsExactlyInAnyOrder(HOA_PIN.substring(0, 4) + "******45", "0311******56");
        assertThat(logins("UNVERIFIED", "")).containsExactly("hoa.nt", "binh.tv", "binh2", "chau.lm", "chau2", "dung.pt");
        assertThat(logins("DUPLICATE", "")).containsExactlyInAnyOrder("0791******45", "hoa.nt", "binh.tv", "binh2", "chau.lm", "chau2");
        assertThat(logins("DORMANT", "")).containsExactlyInAnyOrder("0791******45", "binh2", "chau.lm", "chau2", "dung.pt", "0311******56");
        assertThat(logins("UNVERIFIED", "&limit=2&offset=2")).containsExactly("binh2", "chau.lm");
        JsonNode page = json(api.get("/api/admin/citizens?category=UNVERIFIED&limit=2"));
        assertThat(page.get("total").asLong()).isEqualTo(6);
        JsonNode first = page.get("accounts").get(0);
        assertThat(first.get("claimedPin").asString()).isEqualTo("0791******45");
        assertThat(first.get("cmnd").asString()).isEqualTo("0251***56");

        JsonNode groups = json(api.get("/api/admin/citizens/duplicate-groups"));
        assertThat(groups.size()).isEqualTo(4);
        assertThat(groups.findValuesAsString("kind")).containsExactly("NUMBER", "NUMBER", "NAME_BIRTH_DATE", "NAME_BIRTH_DATE");
        assertThat(groups.get(1).get("maskedPin").asString()).isEqualTo("0791******45");
        // the verified account comes first: the console proposes it as the one to keep
        assertThat(groups.get(1).get("accounts").get(0).get("id").asString()).isEqualTo(hoaEid.id().toString());
        assertThat(groups.toString()).doesNotContain(HOA_PIN, BINH_PIN);

        AdminHttp console = AdminHttp.browser(port, "admin");
        String home = console.get("/admin/citizens").body();
        assertThat(home).contains("<h1>Tài khoản công dân</h1>", "id=\"count-VERIFIED\" href=\"/admin/citizens?category=VERIFIED\">2</a>",
                "6 tài khoản (4 nhóm)", "hoa.nt", "0791******45");
        String duplicates = console.get("/admin/citizens?category=DUPLICATE").body();
        assertThat(duplicates).contains("Cùng số định danh 0791******45", "Cùng họ tên và ngày sinh: Lê Minh Châu, 2003-11-20");
        String dormant = console.get("/admin/citizens?category=DORMANT&months=12").body();
        assertThat(dormant).contains("chau2").doesNotContain(">hoa.nt<");
        assertThat(console.get("/admin/citizens?category=DORMANT&months=12&lang=en").body()).contains("<h1>Citizen accounts</h1>");
        for (String body : List.of(home, duplicates, dormant)) {
            assertThat(FULL_NUMBER.matcher(body).results().map(m -> m.group()).toList()).as("full numbers on a page").isEmpty();
        }

        HttpResponse<String> badMonths = console.get("/admin/citizens?category=DORMANT&months=0&lang=vi");
        assertThat(badMonths.statusCode()).isEqualTo(400);
        assertThat(badMonths.body()).contains("Số tháng không đăng nhập phải từ 1 đến 240.");
        assertThat(console.get("/admin/citizens?category=NOTHING").statusCode()).isEqualTo(400);
        HttpResponse<String> badLimit = api.get("/api/admin/citizens?category=VERIFIED&limit=501");
        assertThat(badLimit.statusCode()).isEqualTo(400);
        assertThat(json(badLimit).get("detail").asString()).isEqualTo("The page size must be between 1 and 500.");
    }

    @Test
    void csvExportsAreMaskedExcelReadyAndAudited() {
        AdminHttp console = AdminHttp.browser(port, "admin");
        for (String category : List.of("VERIFIED", "UNVERIFIED", "DUPLICATE", "DORMANT")) {
            HttpResponse<byte[]> csv = console.getBytes("/admin/citizens/export?category=" + category + "&months=12");
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
            assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
                    .contains("cong-dan-" + category.toLowerCase() + "-" + LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")) + ".csv");
            byte[] bytes = csv.body();
            assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(FULL_NUMBER.matcher(text).results().map(m -> m.group()).toList())
                    .as("full identity numbers in the " + category + " export").isEmpty();
            assertThat(text).doesNotContain(HOA_PIN, BINH_PIN, DUNG_PIN, EM_PIN, "025123456", "162345678");
        }
        String unverified = new String(console.getBytes("/admin/citizens/export?category=UNVERIFIED").body(), StandardCharsets.UTF_8);
        assertThat(unverified.lines().toList()).hasSize(7);
        assertThat(unverified).contains("Họ và tên", "NGUYEN THI HOA", "0791******45", "0251***56", "Lê Minh Châu");
        String duplicates = new String(console.getBytes("/admin/citizens/export?category=DUPLICATE").body(), StandardCharsets.UTF_8);
        assertThat(duplicates.lines().toList()).hasSize(1 + 8); // A and B are in two groups each
        assertThat(duplicates).contains("Cùng số định danh", "Cùng họ tên và ngày sinh");

        HttpResponse<byte[]> viaApi = api.getBytes("/api/admin/citizens/export?category=DORMANT&months=12&lang=en");
        assertThat(viaApi.statusCode()).isEqualTo(200);
        String dormant = new String(viaApi.body(), StandardCharsets.UTF_8);
        assertThat(dormant).contains("Full name").hasLineCount(7);
        assertThat(FULL_NUMBER.matcher(dormant).find()).isFalse();

        List<AuditEvent> exports = audit.search(new vn.dangnhap.audit.AuditQuery("CITIZEN_EXPORT", null, "admin@demo.gov.vn",
                LocalDate.now().minusDays(1), null, 100));
        assertThat(exports).anyMatch(e -> "DUPLICATE".equals(e.reason()) && e.detail().startsWith("8 rows"));
        assertThat(exports).anyMatch(e -> "DORMANT".equals(e.reason()) && e.detail().contains("months=12"));
        assertThat(exports).allMatch(e -> !FULL_NUMBER.matcher(String.valueOf(e.detail())).find());
    }

    @Test
    void mergeMovesLinksKeepsBothHistoriesAndTheMergedAccountCannotSignIn() {
        passwords.setPassword(hoaLegacy.id(), "Legacy@Portal2020");
        assertThat(passwords.check(hoaLegacy.id(), "Legacy@Portal2020")).isEqualTo(PasswordCheck.MATCH);
        link(hoaLegacy.id(), "motcua", "hoa.nt");
        link(hoaLegacy.id(), "dichvucong", "hoa.old");
        link(hoaEid.id(), "dichvucong", "hoa.vneid");
        audit.record(AuditEntry.success(LoginAuditType.LOGIN).account(hoaLegacy.id(), "hoa.nt").client("127.0.0.1", "test")
                .detail("legacy portal login before the merge").build());

        AdminHttp console = AdminHttp.browser(port, "admin");
        String confirm = console.get("/admin/citizens/merge?survivor=" + hoaEid.id() + "&account=" + hoaEid.id()
                + "&account=" + hoaLegacy.id()).body();
        assertThat(confirm).contains("<h1>Gộp tài khoản công dân</h1>", "Tài khoản giữ lại: 0791******45 (Nguyễn Thị Hoa).",
                "Liên kết với ứng dụng motcua (tài khoản &quot;hoa.nt&quot;) chuyển sang tài khoản giữ lại.",
                "Tài khoản giữ lại đã có liên kết với ứng dụng dichvucong: liên kết &quot;hoa.old&quot; không chuyển");
        // the confirm page changes nothing
        assertThat(accounts.account(hoaLegacy.id()).status()).isEqualTo(CitizenAccount.Status.ACTIVE);

        HttpResponse<String> merged = console.postForm("/admin/citizens/merge", Map.of("survivor", hoaEid.id().toString(),
                "merged", hoaLegacy.id().toString(), "_csrf", console.csrfOf(confirm)));
        assertThat(merged.statusCode()).isEqualTo(302);
        assertThat(merged.headers().firstValue("Location").orElseThrow()).endsWith("/admin/citizens/" + hoaEid.id());

        CitizenAccount gone = accounts.account(hoaLegacy.id());
        assertThat(gone.status()).isEqualTo(CitizenAccount.Status.MERGED);
        assertThat(gone.mergedInto()).isEqualTo(hoaEid.id());
        assertThat(gone.canSignIn()).isFalse();
        assertThat(passwords.check(hoaLegacy.id(), "Legacy@Portal2020")).isEqualTo(PasswordCheck.NO_PASSWORD);
        assertThat(links.linksOf(hoaEid.id())).extracting(l -> l.applicationCode() + "=" + l.applicationAccount())
                .containsExactlyInAnyOrder("motcua=hoa.nt", "dichvucong=hoa.vneid");
        assertThat(links.linksOf(hoaLegacy.id())).extracting(AppLink::applicationAccount).containsExactly("hoa.old");

        String survivorPage = console.get("/admin/citizens/" + hoaEid.id()).body();
        assertThat(survivorPage).contains("Đã gộp 1 tài khoản vào tài khoản này.", "legacy portal login before the merge",
                "CITIZEN_MERGED", "CITIZEN_LINKS_MOVED", "hoa.old", ">hoa.nt</a>");
        assertThat(FULL_NUMBER.matcher(survivorPage).find()).isFalse();
        String mergedPage = console.get("/admin/citizens/" + hoaLegacy.id()).body();
        assertThat(mergedPage).contains("Tài khoản này đã được gộp vào tài khoản khác", "id=\"merged-into\"",
                "legacy portal login before the merge").doesNotContain("Khóa tài khoản</button>");

        JsonNode detail = json(api.get("/api/admin/citizens/" + hoaEid.id()));
        assertThat(detail.get("merged").findValuesAsString("id")).containsExactly(hoaLegacy.id().toString());
        assertThat(detail.get("history").findValuesAsString("detail")).contains("legacy portal login before the merge");
        assertThat(audit.ofAccounts(List.of(hoaLegacy.id()), 50)).anyMatch(e -> "CITIZEN_MERGED".equals(e.type())
                && e.detail().contains("by admin@demo.gov.vn"));
        assertThat(audit.ofAccounts(List.of(hoaEid.id()), 50)).anyMatch(e -> "CITIZEN_LINKS_MOVED".equals(e.type())
                && e.detail().contains("moved [motcua=hoa.nt]") && e.detail().contains("[dichvucong=hoa.old]"));

        // the merged account is in no list any more; the survivor's number group has dissolved
        assertThat(logins("UNVERIFIED", "")).doesNotContain("hoa.nt");
        assertThat(json(api.get("/api/admin/citizens/summary")).get("duplicateGroups").asLong()).isEqualTo(2);
        // and cannot be enabled or disabled again
        assertThat(api.post("/api/admin/citizens/" + hoaLegacy.id() + "/enable").statusCode()).isEqualTo(409);
    }

    @Test
    void badMergeRequestsGetProblemDetailsAndChangeNothing() {
        HttpResponse<String> unknown = api.postJson("/api/admin/citizens/merge",
                "{\"survivorId\":\"" + UUID.randomUUID() + "\",\"mergedId\":\"" + binh2.id() + "\"}");
        assertProblem(unknown, 404, "urn:dangnhap:problem:citizen.not-found");
        HttpResponse<String> same = api.postJson("/api/admin/citizens/merge",
                "{\"survivorId\":\"" + binh.id() + "\",\"mergedId\":\"" + binh.id() + "\"}");
        assertProblem(same, 400, "urn:dangnhap:problem:citizen.merge.same");
        HttpResponse<String> different = api.postJson("/api/admin/citizens/merge",
                "{\"survivorId\":\"" + hoaEid.id() + "\",\"mergedId\":\"" + em.id() + "\"}");
        assertProblem(different, 409, "urn:dangnhap:problem:citizen.merge.different-people");
        assertThat(json(different).get("detail").asString()).doesNotContain(HOA_PIN, EM_PIN);
        assertProblem(api.postJson("/api/admin/citizens/merge", "{\"survivorId\":\"not-a-uuid\"}"), 400,
                "urn:dangnhap:problem:request.unreadable");
        assertProblem(api.get("/api/admin/citizens/" + UUID.randomUUID()), 404, "urn:dangnhap:problem:citizen.not-found");
        for (CitizenAccount a : List.of(binh, binh2, hoaEid, em)) {
            assertThat(accounts.account(a.id()).status()).isEqualTo(CitizenAccount.Status.ACTIVE);
        }
        assertThat(audit.ofAccounts(List.of(binh.id(), binh2.id(), hoaEid.id(), em.id()), 50))
                .noneMatch(e -> e.type().startsWith("CITIZEN_MERGED"));

        HttpResponse<String> ok = api.postJson("/api/admin/citizens/merge",
                "{\"survivorId\":\"" + binh.id() + "\",\"mergedId\":\"" + binh2.id() + "\"}");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(json(ok).get("id").asString()).isEqualTo(binh.id().toString());
        HttpResponse<String> again = api.postJson("/api/admin/citizens/merge",
                "{\"survivorId\":\"" + binh.id() + "\",\"mergedId\":\"" + binh2.id() + "\"}");
        assertProblem(again, 409, "urn:dangnhap:problem:citizen.merge.already-merged");
        assertThat(audit.ofAccounts(List.of(binh2.id()), 50)).filteredOn(e -> "CITIZEN_MERGED".equals(e.type())).hasSize(1);

        // the console shows the same refusals as an error page, with the message in Vietnamese
        AdminHttp console = AdminHttp.browser(port, "admin");
        HttpResponse<String> page = console.get("/admin/citizens/merge?survivor=" + hoaEid.id() + "&merged=" + em.id());
        assertThat(page.statusCode()).isEqualTo(409);
        assertThat(page.body()).contains("Hai tài khoản mang hai số định danh đã xác thực khác nhau");
        assertThat(console.get("/admin/citizens/merge?survivor=xyz&merged=" + em.id()).statusCode()).isEqualTo(400);
    }

    @Test
    void bulkDisableCountsFirstIsRefusedBeforeTheCutOffAndAuditsEveryAccountAfter() {
        JsonNode dryRun = json(api.post("/api/admin/citizens/bulk-disable?dryRun=true"));
        assertThat(dryRun.get("count").asLong()).isEqualTo(6);
        assertThat(dryRun.get("cutoff").asString()).isEqualTo("2024-07-01");
        assertThat(dryRun.get("cutoffReached").asBoolean()).isTrue();
        assertThat(logins("UNVERIFIED", "")).hasSize(6);
        assertThat(statuses()).containsOnly(CitizenAccount.Status.ACTIVE);

        AdminHttp console = AdminHttp.browser(port, "admin");
        String page = console.get("/admin/citizens/bulk-disable").body();
        assertThat(page).contains("6 tài khoản sẽ bị khóa.");

        clock.moveTo(LocalDate.of(2024, 6, 30).atTime(10, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
        HttpResponse<String> early = api.post("/api/admin/citizens/bulk-disable?dryRun=false");
        assertProblem(early, 409, "urn:dangnhap:problem:citizen.cleanup.before-cutoff");
        assertThat(json(early).get("detail").asString()).contains("2024-07-01");
        assertThat(console.get("/admin/citizens/bulk-disable").body())
                .contains("Chưa đến ngày 2024-07-01").doesNotContain("sẽ bị khóa");
        HttpResponse<String> earlyForm = console.postForm("/admin/citizens/bulk-disable", Map.of("_csrf", console.csrfOf(page)));
        assertThat(earlyForm.statusCode()).isEqualTo(409);
        assertThat(statuses()).containsOnly(CitizenAccount.Status.ACTIVE);

        clock.moveTo(Instant.now());
        HttpResponse<String> done = console.postForm("/admin/citizens/bulk-disable", Map.of("_csrf", console.csrfOf(page)));
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(console.get("/admin/citizens/bulk-disable").body()).contains("Đã khóa 6 tài khoản.", "0 tài khoản sẽ bị khóa.");
        for (CitizenAccount a : List.of(hoaLegacy, binh, binh2, chau, chau2, dung)) {
            assertThat(accounts.account(a.id()).status()).isEqualTo(CitizenAccount.Status.DISABLED);
            assertThat(audit.ofAccounts(List.of(a.id()), 10)).anyMatch(e -> "CITIZEN_DISABLED".equals(e.type())
                    && "BULK_UNVERIFIED_AFTER_CUTOFF".equals(e.reason()) && e.detail().equals("by admin@demo.gov.vn"));
        }
        assertThat(accounts.account(hoaEid.id()).status()).isEqualTo(CitizenAccount.Status.ACTIVE);
        assertThat(accounts.account(em.id()).status()).isEqualTo(CitizenAccount.Status.ACTIVE);
        assertThat(audit.search(new vn.dangnhap.audit.AuditQuery("CITIZEN_BULK_DISABLE", null, "admin@demo.gov.vn", null, null, 10)))
                .anyMatch(e -> e.detail().startsWith("6 unverified legacy accounts disabled"));
        assertThat(json(api.post("/api/admin/citizens/bulk-disable")).get("count").asLong()).isZero();

        // one account enabled again through the API, then disabled on its page
        assertThat(json(api.post("/api/admin/citizens/" + dung.id() + "/enable")).get("status").asString()).isEqualTo("ACTIVE");
        String dungPage = console.get("/admin/citizens/" + dung.id()).body();
        assertThat(console.postForm("/admin/citizens/" + dung.id() + "/disable", Map.of("_csrf", console.csrfOf(dungPage)))
                .statusCode()).isEqualTo(302);
        assertThat(console.get("/admin/citizens/" + dung.id()).body()).contains("Đã khóa tài khoản.", "id=\"status\">Đã khóa<");
    }

    /**
     * Through the real login form: before the merge the legacy account signs in, after it not.
     * The clock stands before the password cut-off so that only the merge can refuse the login.
     */
    @Test
    void theMergedAccountIsRefusedOnTheLoginForm() {
        clock.moveTo(LocalDate.of(2024, 6, 3).atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
        passwords.setPassword(hoaLegacy.id(), "Legacy@Portal2020");
        FormClient session = new FormClient(port);
        HttpResponse<String> before = session.logIn("hoa.nt", "Legacy@Portal2020");
        assertThat(before.statusCode()).isEqualTo(302);
        assertThat(before.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
        assertThat(session.get("/account/verify").statusCode()).isEqualTo(200);

        assertThat(api.postJson("/api/admin/citizens/merge",
                "{\"survivorId\":\"" + hoaEid.id() + "\",\"mergedId\":\"" + hoaLegacy.id() + "\"}").statusCode()).isEqualTo(200);

        // the session opened before the merge has ended
        assertThat(session.get("/account/verify").headers().firstValue("Location").orElseThrow()).contains("/login");
        HttpResponse<String> after = new FormClient(port).logIn("hoa.nt", "Legacy@Portal2020");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).contains("/login?error");
        assertThat(audit.ofAccounts(List.of(hoaLegacy.id()), 20)).anyMatch(e -> "LOGIN".equals(e.type())
                && "FAILURE".equals(e.outcome()));
    }

    @Test
    void disablingACitizenEndsTheSessionItHasOpen() {
        clock.moveTo(LocalDate.of(2024, 6, 3).atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
        passwords.setPassword(dung.id(), "Legacy@Portal2020");
        FormClient session = new FormClient(port);
        assertThat(session.logIn("dung.pt", "Legacy@Portal2020").headers().firstValue("Location").orElseThrow())
                .doesNotContain("/login");
        assertThat(session.get("/account/verify").statusCode()).isEqualTo(200);

        assertThat(api.post("/api/admin/citizens/" + dung.id() + "/disable").statusCode()).isEqualTo(200);

        HttpResponse<String> after = session.get("/account/verify");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).contains("/login");
    }

    private void link(UUID account, String application, String name) {
        linkStore.insert(new AppLink(UUID.randomUUID(), account, application, name, AppLink.Origin.ADMIN, AppLink.Status.ACTIVE,
                Instant.now(), "test"));
    }

    private List<CitizenAccount.Status> statuses() {
        return List.of(hoaLegacy, binh, binh2, chau, chau2, dung).stream().map(a -> accounts.account(a.id()).status()).toList();
    }

    private List<String> logins(String category, String more) {
        HttpResponse<String> page = api.get("/api/admin/citizens?category=" + URLEncoder.encode(category, StandardCharsets.UTF_8) + more);
        assertThat(page.statusCode()).as(category).isEqualTo(200);
        return json(page).get("accounts").findValuesAsString("login");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asString()).isEqualTo(type);
        assertThat(problem.get("detail").asString()).isNotBlank();
    }
}
