package vn.dangnhap.login;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import vn.dangnhap.credential.PasswordCredentials;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.OfficialInput;
import vn.dangnhap.testsupport.DemoPortalTest;
import vn.dangnhap.testsupport.HeadlessChromium;
import vn.dangnhap.testsupport.MutableClock;

/** Issue 4: from 14 days before a password turns 6 months old, the login shows a warning first. */
@DemoPortalTest
@Import(MutableClock.Config.class)
class PasswordExpiryWarningTest {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @LocalServerPort int port;
    @Autowired MutableClock clock;
    @Autowired Directory directory;
    @Autowired PasswordCredentials passwords;

    BrowserContext context;
    Duration advanced = Duration.ZERO;

    @AfterEach
    void rewind() {
        clock.advance(advanced.negated());
        if (context != null) {
            context.close();
        }
    }

    @Test
    void aPasswordNearlySixMonthsOldShowsTheWarningAndLaterContinuesToThePortal() {
        UUID id = directory.createOfficial(new OfficialInput("saphethan@demo.gov.vn", "Võ Sắp Hết Hạn", "", "SO_NV", List.of())).id();
        passwords.setPassword(id, "Mùa xuân về trên phố 2026");
        LocalDate expires = clock.instant().atZone(VIETNAM).toLocalDate().plusMonths(6);
        context = HeadlessChromium.newContext(new Browser.NewContextOptions().setLocale("vi-VN"));
        Page page = context.newPage();

        // A fresh password: straight to the portal.
        logIn(page, "saphethan", "Mùa xuân về trên phố 2026");
        assertThat(page).hasURL(url("/"));
        page.locator("#logout").click();

        advance(Duration.ofDays(173)); // about 5.7 months
        long daysLeft = ChronoUnit.DAYS.between(clock.instant().atZone(VIETNAM).toLocalDate(), expires);
        logIn(page, "saphethan", "Mùa xuân về trên phố 2026");

        assertThat(page).hasURL(url("/password/expiring"));
        assertThat(page.locator("h1")).hasText("Mật khẩu sắp hết hạn");
        assertThat(page.locator("#expiry-warning")).hasText("Mật khẩu của bạn sẽ hết hạn sau " + daysLeft + " ngày.");
        assertThat(page.locator("#change-now")).hasText("Đổi mật khẩu ngay");
        page.locator("#later").click();
        assertThat(page).hasURL(url("/"));
        assertThat(page.locator(".who")).hasText("Xin chào, Võ Sắp Hết Hạn");

        // "Đổi mật khẩu ngay": the change page; the next login has no warning.
        page.locator("#logout").click();
        logIn(page, "saphethan", "Mùa xuân về trên phố 2026");
        page.locator("#change-now").click();
        assertThat(page).hasURL(url("/account/password"));
        page.locator("#current-password").fill("Mùa xuân về trên phố 2026");
        page.locator("#new-password").fill("Mùa thu lá vàng rơi 2026");
        page.locator("#repeat-password").fill("Mùa thu lá vàng rơi 2026");
        page.locator("#password-form button[type=submit]").click();
        assertThat(page).hasURL(url("/"));
        page.locator("#logout").click();
        logIn(page, "saphethan", "Mùa thu lá vàng rơi 2026");
        assertThat(page).hasURL(url("/"));
    }

    @Test
    void noWarningBeforeTheFourteenDays() {
        UUID id = directory.createOfficial(new OfficialInput("conhan@demo.gov.vn", "Đỗ Còn Hạn", "", "SO_NV", List.of())).id();
        passwords.setPassword(id, "Trời hôm nay nhiều mây 2026");
        advance(Duration.ofDays(150));
        context = HeadlessChromium.newContext(new Browser.NewContextOptions().setLocale("vi-VN"));
        Page page = context.newPage();
        logIn(page, "conhan", "Trời hôm nay nhiều mây 2026");
        assertThat(page).hasURL(url("/"));
    }

    private void advance(Duration duration) {
        clock.advance(duration);
        advanced = advanced.plus(duration);
    }

    private void logIn(Page page, String username, String password) {
        page.navigate(url("/login"));
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("button[type=submit]").click();
        page.waitForLoadState();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
