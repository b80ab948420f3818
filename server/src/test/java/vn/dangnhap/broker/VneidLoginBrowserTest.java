package vn.dangnhap.broker;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangnhap.audit.AuditLog;
import vn.dangnhap.audit.AuditQuery;
import vn.dangnhap.citizen.Cccd;
import vn.dangnhap.citizen.CitizenAccount;
import vn.dangnhap.citizen.CitizenAccounts;
import vn.dangnhap.credential.PasswordCredentials;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.EmailAddress;
import vn.dangnhap.directory.OfficialAccount;
import vn.dangnhap.testsupport.HeadlessChromium;
import vn.dangnhap.testsupport.SandboxServer;

/**
 * "Đăng nhập bằng VNeID" in a real Chromium against the sandbox's VNeID stand-in (the demo
 * configuration points the preset at it): account creation and reuse, cancellation, and the rule
 * that an old account which merely claims the number is never taken over — it is attached only
 * with its password (verified, or merged into the e-ID account when one exists).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.active=demo",
        "spring.datasource.url=jdbc:h2:mem:vneid-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "dangnhap.broker.providers.vneid.allow-officials=true"})
class VneidLoginBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    CitizenAccounts citizens;
    @Autowired
    PasswordCredentials passwords;
    @Autowired
    AuditLog audit;
    @Autowired
    Directory directory;

    private final java.util.List<BrowserContext> contexts = new java.util.ArrayList<>();

    @AfterEach
    void close() {
        contexts.forEach(BrowserContext::close);
    }

    @Test
    void firstVneidLoginCreatesTheAccountAndTheSecondReusesIt() {
        Cccd chau = new Cccd("048203000777");
        Page first = browser();
        first.navigate(url("/login"));
        assertThat(first.locator("#upstream-vneid")).hasText("Đăng nhập bằng VNeID");
        signInAtVneid(first, chau.value());
        first.waitForURL(url("/"));
        assertThat(first.locator(".who")).hasText("Xin chào, Lê Minh Châu");
        CitizenAccount created = citizens.findByVerifiedPin(chau).orElseThrow();
        assertThat(created.fullName()).isEqualTo("Lê Minh Châu");
        assertThat(created.birthDate()).isEqualTo(LocalDate.of(2003, 11, 20));
        assertThat(created.ial()).isEqualTo(1);
        assertThat(created.source()).isEqualTo(CitizenAccount.Source.EID);

        Page second = browser();
        second.navigate(url("/login"));
        signInAtVneid(second, chau.value());
        second.waitForURL(url("/"));
        assertThat(citizens.findByVerifiedPin(chau).orElseThrow().id()).isEqualTo(created.id());
        assertThat(audit.search(new AuditQuery("UPSTREAM_LOGIN", "SUCCESS", "0482******77", null, null, 10)))
                .hasSize(2).allMatch(e -> created.id().equals(e.accountId()) && "vneid".equals(e.application()));
    }

    @Test
    void cancellingAtVneidReturnsToTheLoginPageWithAMessage() {
        Page page = browser();
        page.navigate(url("/login"));
        page.locator("#upstream-vneid").click();
        page.waitForURL(Pattern.compile(Pattern.quote(SandboxServer.vneidIssuer()) + ".*"));
        page.locator("#kc-cancel").click();
        page.waitForURL(url("/login"));
        assertThat(page.locator("#upstream-error")).hasText(
                "Bạn đã hủy đăng nhập bằng tài khoản định danh điện tử. Bạn có thể đăng nhập lại bất cứ lúc nào.");
        assertThat(page.locator("#upstream-vneid")).isVisible();
        assertThat(audit.search(new AuditQuery("UPSTREAM_LOGIN", "CANCELLED", null, null, null, 10)))
                .anyMatch(e -> "CANCELLED".equals(e.reason()) && "vneid".equals(e.application()));
    }

    @Test
    void anOldAccountThatOnlyClaimsTheNumberIsNotTakenOverWithoutItsPassword() {
        Cccd hoa = new Cccd("079195012345");
        CitizenAccount old = legacy("hoa.nguyen.cu", "Nguyễn Thị Hoa", hoa, "hoa@example.vn");
        Page page = browser();
        page.navigate(url("/login"));
        signInAtVneid(page, hoa.value());
        page.waitForURL(url("/login/upstream/attach"));
        assertThat(page.locator("h1")).hasText("Bạn đã có tài khoản cũ?");
        assertThat(page.locator("#eid-person")).containsText("0791******45");

        page.locator("#username").fill("hoa.nguyen.cu");
        page.locator("#password").fill("KhongPhai#MatKhau1");
        page.locator("#attach-submit").click();
        assertThat(page.locator("#attach-error")).hasText("Tên đăng nhập hoặc mật khẩu không đúng. Tài khoản chưa được gắn.");
        assertThat(citizens.account(old.id()).verifiedPin()).isNull();
        assertThat(citizens.findByVerifiedPin(hoa)).isEmpty();

        page.locator("#new-account").click();
        page.waitForURL(url("/"));
        CitizenAccount fresh = citizens.findByVerifiedPin(hoa).orElseThrow();
        assertThat(fresh.id()).isNotEqualTo(old.id());
        assertThat(citizens.account(old.id()).verifiedPin()).isNull();
        assertThat(citizens.account(old.id()).claimedPin()).isEqualTo(hoa);
        assertThat(citizens.account(old.id()).status()).isEqualTo(CitizenAccount.Status.ACTIVE);
        assertThat(audit.search(new AuditQuery("EID_ATTACH", "FAILURE", "hoa.nguyen.cu", null, null, 10)))
                .anyMatch(e -> "BAD_PASSWORD".equals(e.reason()));
    }

    @Test
    void theOldAccountProvenByItsPasswordGetsTheNumberVerifiedAndIsSignedIn() {
        Cccd dung = new Cccd("036185001234");
        CitizenAccount old = legacy("dung.pham.cu", "Pham Thi Dung", dung, null);
        Page page = browser();
        page.navigate(url("/login"));
        signInAtVneid(page, dung.value());
        page.waitForURL(url("/login/upstream/attach"));
        page.locator("#username").fill("Dung.Pham.Cu");
        page.locator("#password").fill("MatKhau#Cu2019");
        page.locator("#attach-submit").click();
        page.waitForURL(url("/"));
        CitizenAccount verified = citizens.findByVerifiedPin(dung).orElseThrow();
        assertThat(verified.id()).isEqualTo(old.id());
        assertThat(verified.fullName()).isEqualTo("Phạm Thị Dung");

        // Next time VNeID leads straight to it.
        Page again = browser();
        again.navigate(url("/login"));
        signInAtVneid(again, dung.value());
        again.waitForURL(url("/"));
        assertThat(audit.search(new AuditQuery("UPSTREAM_LOGIN", "SUCCESS", "0361******34", null, null, 10)))
                .hasSize(2).allMatch(e -> old.id().equals(e.accountId()));
    }

    @Test
    void whenAnEidAccountAppearedMeanwhileTheProvenOldAccountIsMergedIntoIt() {
        Cccd em = new Cccd("031178000456");
        CitizenAccount old = legacy("em.hoang.cu", "Hoàng Văn Em", em, null);
        Page waiting = browser();
        waiting.navigate(url("/login"));
        signInAtVneid(waiting, em.value());
        waiting.waitForURL(url("/login/upstream/attach"));

        Page other = browser();
        other.navigate(url("/login"));
        signInAtVneid(other, em.value());
        other.waitForURL(url("/login/upstream/attach"));
        other.locator("#new-account").click();
        other.waitForURL(url("/"));
        CitizenAccount eid = citizens.findByVerifiedPin(em).orElseThrow();

        waiting.locator("#username").fill("em.hoang.cu");
        waiting.locator("#password").fill("MatKhau#Cu2019");
        waiting.locator("#attach-submit").click();
        waiting.waitForURL(url("/"));
        assertThat(citizens.account(old.id()).status()).isEqualTo(CitizenAccount.Status.MERGED);
        assertThat(citizens.account(old.id()).mergedInto()).isEqualTo(eid.id());
        assertThat(citizens.findByVerifiedPin(em).orElseThrow().id()).isEqualTo(eid.id());
        assertThat(audit.search(new AuditQuery("EID_ATTACH", "SUCCESS", "0311******56", null, null, 10)))
                .anyMatch(e -> "MERGED".equals(e.reason()) && eid.id().equals(e.accountId()));
    }

    @Test
    void anOfficialWithAVerifiedNumberSignsInWithVneidAndLogoutEndsTheVneidSessionToo() {
        Cccd binh = new Cccd("001090004321");
        OfficialAccount official = directory.findOfficial(new EmailAddress("nguyenvanan@demo.gov.vn")).orElseThrow();
        directory.setVerifiedPin(official.id(), binh.value());
        try {
            Page page = browser();
            page.navigate(url("/login"));
            signInAtVneid(page, binh.value());
            page.waitForURL(url("/"));
            assertThat(page.locator(".who")).hasText("Xin chào, " + official.fullName());
            assertThat(citizens.findByVerifiedPin(binh)).isEmpty();

            page.locator("#logout").click();
            page.waitForURL(url("/login?logout"));
            assertThat(page.locator(".notice")).isVisible();
            // The VNeID session ended as well: VNeID asks for the password again instead of signing in at once.
            page.locator("#upstream-vneid").click();
            page.waitForURL(Pattern.compile(Pattern.quote(SandboxServer.vneidIssuer()) + ".*"));
            assertThat(page.locator("#password")).isVisible();
        } finally {
            directory.setVerifiedPin(official.id(), (String) null);
        }
    }

    private CitizenAccount legacy(String username, String name, Cccd claimed, String email) {
        CitizenAccount old = citizens.createLegacy(username, name, null, claimed, null, email, null);
        passwords.setPassword(old.id(), "MatKhau#Cu2019");
        return old;
    }

    /** Click the button, sign in on the VNeID stand-in's own page. */
    private void signInAtVneid(Page page, String pin) {
        page.locator("#upstream-vneid").click();
        page.waitForURL(Pattern.compile(Pattern.quote(SandboxServer.vneidIssuer()) + ".*"));
        page.locator("#username").fill(pin);
        page.locator("#password").fill(SandboxServer.VNEID_PASSWORD);
        page.locator("#kc-login").click();
    }

    private Page browser() {
        BrowserContext context = HeadlessChromium.newContext();
        contexts.add(context);
        return context.newPage();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
