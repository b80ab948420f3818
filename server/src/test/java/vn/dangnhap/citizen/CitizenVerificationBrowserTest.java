package vn.dangnhap.citizen;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangnhap.citizen.internal.CitizenConsentStore;
import vn.dangnhap.testsupport.HeadlessChromium;

/**
 * Issue 7 in a real browser against the sandbox population registry: legacy account holders of
 * the demo verify (match), fail (no match, with the offer of VNeID), and meet a registry outage;
 * after the cut-off the password login is refused with the pointer to VNeID.
 */
class CitizenVerificationBrowserTest extends CitizenPortalTestBase {

    @Autowired CitizenConsentStore consents;

    BrowserContext browser;
    Page page;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.newContext(new Browser.NewContextOptions().setLocale("vi-VN"));
        page = browser.newPage();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    void logIn(String username, String password) {
        page.navigate(url("/login"));
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("#password").press("Enter");
        page.waitForLoadState();
    }

    void verify(String cccd, String cmnd, String fullName, boolean consent) {
        page.locator("#cccd").fill(cccd);
        page.locator("#cmnd").fill(cmnd);
        page.locator("#fullName").fill(fullName);
        page.locator("#consent").setChecked(consent);
        page.locator("#verify-submit").click();
        page.waitForLoadState();
    }

    @Test
    void aLegacyAccountHolderVerifiesWithTheRegistryAndContinuesToThePortal() {
        logIn("hoa.nguyen", DEMO_PASSWORD);
        assertThat(page).hasURL(url("/account/verify"));
        assertThat(page.locator("h1")).hasText("Xác thực tài khoản");
        assertThat(page.locator("#consent-text")).containsText("Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15");
        assertThat(page.locator("#fullName")).hasValue("Nguyễn Thị Hoa");

        // Forgotten consent: the form says so, nothing is sent.
        int calls = registryCalls.calls();
        verify("079195012345", "", "Nguyễn Thị Hoa", false);
        assertThat(page.locator("#consent-error")).hasText("Vui lòng đánh dấu đồng ý để gửi thông tin tới Cơ sở dữ liệu quốc gia về dân cư.");
        assertThat(registryCalls.calls()).isEqualTo(calls);

        verify("079195012345", "025123456", "nguyen thi hoa", true);
        assertThat(page.locator("#verify-result")).hasText("Xác thực tài khoản thành công");
        assertThat(page.locator("#verify-message")).containsText("Họ và tên: Nguyễn Thị Hoa.");

        page.locator("#verify-continue").click();
        page.waitForLoadState();
        assertThat(page).hasURL(url("/"));

        CitizenAccount hoa = accounts.findByUsername("hoa.nguyen").orElseThrow();
        assertThat(hoa.verifiedPin()).isEqualTo(new Cccd("079195012345"));
        assertThat(hoa.birthDate()).isEqualTo(LocalDate.of(1995, 3, 14));
        assertThat(consents.ofAccount(hoa.id())).singleElement()
                .satisfies(consent -> assertThat(consent.dataItems()).isEqualTo("CCCD,CMND,HO_TEN"));
    }

    @Test
    void aTypoedNameIsNotMatchedAndVneidIsOfferedThenTheCorrectedNameMatches() {
        logIn("chau.le", DEMO_PASSWORD);
        assertThat(page).hasURL(url("/account/verify"));
        // The old portal's typo is offered as it was stored.
        assertThat(page.locator("#fullName")).hasValue("Lê Minh Chao");

        verify("048 203 000 777", "", "Lê Minh Chao", true);
        assertThat(page.locator("#verify-result")).hasText("Xác thực tài khoản không thành công");
        assertThat(page.locator("#verify-message")).containsText("Còn 4 lần thử trong 24 giờ");
        assertThat(page.locator("#verify-vneid")).hasAttribute("href", "/login/upstream/vneid");
        assertThat(page.locator("#verify-vneid")).hasText("Đăng nhập bằng VNeID");
        assertThat(accounts.findByUsername("chau.le").orElseThrow().verified()).isFalse();

        // Any other page still leads back to verification.
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/account/verify"));

        verify("048203000777", "", "Lê Minh Châu", true);
        assertThat(page.locator("#verify-result")).hasText("Xác thực tài khoản thành công");
        assertThat(accounts.findByUsername("chau.le").orElseThrow().fullName()).isEqualTo("Lê Minh Châu");
    }

    @Test
    void aRegistryOutageAsksToTryAgainLaterAndStoresNothing() {
        CitizenAccount account = legacyAccount("cho.doi", "Đỗ Văn Chờ", null, "Mat khau cong dan 2019");
        logIn("cho.doi", "Mat khau cong dan 2019");
        try {
            registryDown();
            verify("031178000456", "", "Đỗ Văn Chờ", true);
            assertThat(page.locator("#verify-result")).hasText("Chưa xác thực được, vui lòng thử lại sau");
            assertThat(page.locator("#verify-message")).hasText(
                    "Hệ thống Cơ sở dữ liệu quốc gia về dân cư tạm thời không phản hồi. Chưa có thông tin nào được lưu. Vui lòng thử lại sau ít phút.");
            assertThat(reload(account.id()).verified()).isFalse();
            assertThat(auditLines("CITIZEN_VERIFY", "cho.doi")).singleElement()
                    .satisfies(line -> assertThat(line.reason()).isEqualTo("REGISTRY_UNAVAILABLE"));

            // Back up: trying again reaches the registry (and, wrong data, answers no match).
            registryUp();
            page.locator("#verify-again").click();
            page.waitForLoadState();
            verify("031178000456", "", "Đỗ Văn Chờ", true);
            assertThat(page.locator("#verify-result")).hasText("Xác thực tài khoản không thành công");
        } finally {
            registryUp();
        }
    }

    @Test
    void afterTheCutoffThePasswordLoginIsRefusedWithThePointerToVneid() {
        try {
            clock.moveTo(ZonedDateTime.of(2030, 1, 2, 9, 0, 0, 0, ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
            logIn("binh.tran", DEMO_PASSWORD);

            assertThat(page).hasURL(url("/login?error=citizen-cutoff"));
            assertThat(page.locator("#login-error")).hasText("Từ ngày 01/01/2030, tài khoản công dân cũ không còn đăng nhập "
                    + "bằng mật khẩu (Nghị định 59/2022/NĐ-CP, Điều 40). Vui lòng chọn \"Đăng nhập bằng VNeID\".");
            assertThat(page.locator("#cutoff-vneid a")).hasAttribute("href", "/login/upstream/vneid");
            page.navigate(url("/"));
            assertThat(page).hasURL(url("/login"));
        } finally {
            clock.moveTo(Instant.now());
        }
    }
}
