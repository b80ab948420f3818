package vn.dangnhap.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import vn.dangnhap.audit.AuditEvent;
import vn.dangnhap.audit.AuditLog;
import vn.dangnhap.audit.AuditQuery;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.EmailAddress;
import vn.dangnhap.shared.BusinessTime;
import vn.dangnhap.testsupport.DemoPortalTest;
import vn.dangnhap.testsupport.FormClient;
import vn.dangnhap.testsupport.MutableClock;

/**
 * Brute-force protection over plain HTTP, as browsers see it: temporary locks with growing
 * delays, the per-address throttle, admin unlock, no username enumeration, and above all no
 * lockout-DoS: failures from elsewhere never keep the owner out of a browser she logged in from before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.active=demo",
        "spring.datasource.url=jdbc:h2:mem:login-throttle;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "spring.main.allow-bean-definition-overriding=true"})
@Import(MutableClock.Config.class)
class BruteForceProtectionHttpTest {

    private static final String PASSWORD = DemoPortalTest.PASSWORD;
    private static final String CREDENTIALS = "/login?error=credentials";
    private static final String LOCKED_ONE_MINUTE = "/login?error=temporarily-locked&minutes=1";
    private static final String LOCK_MESSAGE =
            "Tài khoản tạm thời bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau %d phút.";

    @LocalServerPort int port;
    @Autowired MutableClock clock;
    @Autowired AuditLog audit;
    @Autowired Directory directory;

    @BeforeEach
    void quietDayBetweenTests() {
        // Every counter forgets after a quiet day (dangnhap.login.throttle.forget-after): each test starts clean.
        clock.advance(Duration.ofHours(25));
    }

    @Test
    void fiftyFailuresFromAnotherClientDoNotKeepTheOwnerOutOfHerKnownDevice() {
        FormClient owner = new FormClient(port);
        HttpResponse<String> first = owner.logIn("nguyenvanan", PASSWORD);
        assertThat(location(first)).endsWith("/");
        assertThat(first.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("DANGNHAP_DEVICE=").contains("HttpOnly", "SameSite=Lax", "Max-Age=31536000"));
        logOut(owner);

        FormClient attacker = new FormClient(port);
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            answers.add(location(attacker.logIn("nguyenvanan", "Doan@" + i)));
        }
        assertThat(answers.subList(0, 5)).allSatisfy(l -> assertThat(l).endsWith(CREDENTIALS));
        assertThat(answers.subList(5, 50)).allSatisfy(l -> assertThat(l).endsWith(LOCKED_ONE_MINUTE));
        assertLockedPage(attacker, attacker.logIn("nguyenvanan", PASSWORD), 1);

        HttpResponse<String> ownerAgain = owner.logIn("nguyenvanan", PASSWORD);
        assertThat(location(ownerAgain)).endsWith("/");
        assertThat(owner.follow(ownerAgain).body()).contains("Xin chào, Nguyễn Văn An");

        assertThat(auditLines("TEMP_LOCK", "nguyenvanan@demo.gov.vn")).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("ACCOUNT"));
        assertThat(auditLines("LOGIN", "nguyenvanan")).extracting(AuditEvent::reason)
                .contains("ACCOUNT_TEMPORARILY_LOCKED", "BAD_PASSWORD");
    }

    @Test
    void wrongPasswordsFromTheKnownDeviceLockOnlyThatDevice() {
        FormClient owner = new FormClient(port);
        assertThat(location(owner.logIn("tranthibinh", PASSWORD))).endsWith("/");
        logOut(owner);

        for (int i = 0; i < 5; i++) {
            assertThat(location(owner.logIn("tranthibinh", "Sai@" + i))).endsWith(CREDENTIALS);
        }
        assertLockedPage(owner, owner.logIn("tranthibinh", PASSWORD), 1);

        FormClient elsewhere = new FormClient(port);
        assertThat(location(elsewhere.logIn("tranthibinh", PASSWORD))).endsWith("/");
        assertThat(auditLines("TEMP_LOCK", "tranthibinh@demo.gov.vn")).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("KNOWN_DEVICE"));
    }

    @Test
    void eachTemporaryLockLastsLongerAndTheCounterResetsOnSuccess() {
        FormClient client = new FormClient(port);
        failFiveTimes(client, "levancuong");
        assertLockedPage(client, client.logIn("levancuong", PASSWORD), 1);

        clock.advance(Duration.ofSeconds(61));
        failFiveTimes(client, "levancuong");
        assertLockedPage(client, client.logIn("levancuong", PASSWORD), 5);

        clock.advance(Duration.ofMinutes(4));
        assertLockedPage(client, client.logIn("levancuong", PASSWORD), 1);

        clock.advance(Duration.ofSeconds(61));
        assertThat(location(client.logIn("levancuong", PASSWORD))).endsWith("/");
        assertThat(auditLines("TEMP_LOCK", "levancuong@demo.gov.vn")).hasSize(2);
        assertThat(auditLines("UNLOCK", "levancuong@demo.gov.vn")).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("LOGIN"));
    }

    @Test
    void unknownUsernamesAreLockedExactlyLikeExistingOnes() {
        String unknown = "khongco" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(answersToFiveFailuresThenTheRightPassword("phamthidung"))
                .isEqualTo(answersToFiveFailuresThenTheRightPassword(unknown))
                .contains(LOCKED_ONE_MINUTE);
        assertThat(auditLines("TEMP_LOCK", unknown + "@demo.gov.vn")).hasSize(1);
    }

    @Test
    void anAddressFailingAcrossManyNamesMustWaitButKnownDevicesStillSignIn() {
        FormClient owner = new FormClient(port);
        assertThat(location(owner.logIn("vuthiphuong", PASSWORD))).endsWith("/");
        logOut(owner);

        FormClient sprayer = new FormClient(port);
        for (int i = 0; i < 31; i++) {
            assertThat(location(sprayer.logIn("spray" + i + UUID.randomUUID().toString().substring(0, 6), "Demo@2025")))
                    .endsWith(CREDENTIALS);
        }
        HttpResponse<String> refused = sprayer.logIn("hoangvanem", PASSWORD);
        assertThat(location(refused)).endsWith("/login?error=throttled&minutes=1");
        assertThat(sprayer.follow(refused).body())
                .contains("Có quá nhiều lần đăng nhập sai từ địa chỉ mạng của bạn. Vui lòng thử lại sau 1 phút.");
        assertThat(audit.search(new AuditQuery("CLIENT_THROTTLE", null, null, null, null, 100))).isNotEmpty();

        assertThat(location(owner.logIn("vuthiphuong", PASSWORD))).endsWith("/");

        clock.advance(Duration.ofSeconds(61));
        assertThat(location(sprayer.logIn("hoangvanem", PASSWORD))).endsWith("/");
    }

    @Test
    void adminUnlockEndsTheTemporaryLock() throws Exception {
        UUID id = directory.findOfficial(EmailAddress.parse("dangvangiang@demo.gov.vn")).orElseThrow().id();
        FormClient client = new FormClient(port);
        failFiveTimes(client, "dangvangiang");
        assertLockedPage(client, client.logIn("dangvangiang", PASSWORD), 1);
        String view = adminApi("GET", "/api/admin/officials/" + id).body();
        Matcher until = Pattern.compile("\"temporarilyLockedUntil\":\"([^\"]+)\"").matcher(view);
        assertThat(until.find()).as(view).isTrue();
        String hhmm = DateTimeFormatter.ofPattern("HH:mm").format(Instant.parse(until.group(1)).atZone(BusinessTime.ZONE));
        FormClient console = new FormClient(port);
        assertThat(location(console.logIn("admin", PASSWORD))).endsWith("/");
        assertThat(console.get("/admin/officials/" + id + "/edit").body())
                .contains("Tạm thời bị khóa do đăng nhập sai nhiều lần, đến " + hhmm);

        HttpResponse<String> unlocked = adminApi("POST", "/api/admin/officials/" + id + "/unlock");
        assertThat(unlocked.statusCode()).isEqualTo(200);
        assertThat(unlocked.body()).contains("\"temporarilyLockedUntil\":null");

        assertThat(location(client.logIn("dangvangiang", PASSWORD))).endsWith("/");
        assertThat(auditLines("UNLOCK", null)).anySatisfy(e -> {
            assertThat(e.accountId()).isEqualTo(id);
            assertThat(e.reason()).isEqualTo("ADMIN");
        });
    }

    private List<String> answersToFiveFailuresThenTheRightPassword(String username) {
        FormClient client = new FormClient(port);
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            answers.add(pathOf(client.logIn(username, "Sai@" + i)));
        }
        HttpResponse<String> last = client.logIn(username, PASSWORD);
        answers.add(pathOf(last));
        answers.add(messageOf(client.follow(last).body()));
        return answers;
    }

    private void failFiveTimes(FormClient client, String username) {
        for (int i = 0; i < 5; i++) {
            assertThat(location(client.logIn(username, "Sai@" + i))).endsWith(CREDENTIALS);
        }
    }

    private void assertLockedPage(FormClient client, HttpResponse<String> answer, int minutes) {
        assertThat(location(answer)).endsWith("/login?error=temporarily-locked&minutes=" + minutes);
        HttpResponse<String> page = client.follow(answer);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(LOCK_MESSAGE.formatted(minutes)).contains("id=\"login-error\"");
    }

    private void logOut(FormClient client) {
        String token = FormClient.csrfToken(client.get("/").body());
        assertThat(location(client.postForm("/logout", Map.of("_csrf", token)))).contains("/login?logout");
    }

    private List<AuditEvent> auditLines(String type, String username) {
        return audit.search(new AuditQuery(type, null, null, null, null, 1000)).stream()
                .filter(e -> username == null || username.equals(e.username()))
                .toList();
    }

    private HttpResponse<String> adminApi(String method, String path) throws Exception {
        String basic = Base64.getEncoder().encodeToString(("admin@demo.gov.vn:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic)
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String location(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).isEqualTo(302);
        return answer.headers().firstValue("Location").orElseThrow();
    }

    private static String pathOf(HttpResponse<String> answer) {
        String location = location(answer);
        return location.substring(location.indexOf("/login"));
    }

    private static String messageOf(String html) {
        int at = html.indexOf("id=\"login-error\"");
        return at < 0 ? "" : html.substring(at, html.indexOf("</p>", at));
    }
}
