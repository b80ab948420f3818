package vn.dangnhap.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangnhap.credential.PasswordCredentials;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.LockReason;
import vn.dangnhap.directory.OfficialAccount;
import vn.dangnhap.directory.OfficialInput;
import vn.dangnhap.testsupport.DemoPortalTest;
import vn.dangnhap.testsupport.FormClient;

/** The "account locked" page: the reason in plain words and who to contact, only after the right password. */
@DemoPortalTest
class LockedAccountPageTest {

    private static final String PASSWORD = "Rieng-tu-2026!";

    @LocalServerPort int port;
    @Autowired Directory directory;
    @Autowired PasswordCredentials passwords;

    @Test
    void showsWhyTheAccountIsLockedAndWhoToContact() {
        OfficialAccount official = lockedOfficial(LockReason.PASSWORD_EXPIRED);
        FormClient browser = new FormClient(port);

        HttpResponse<String> refused = browser.logIn(official.email().value(), PASSWORD);
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?error=locked&reason=PASSWORD_EXPIRED"));
        String page = browser.follow(refused).body();
        assertThat(page).contains("Tài khoản đã bị khóa.",
                "Tài khoản bị khóa vì mật khẩu đã quá thời hạn sử dụng mà chưa được đổi.",
                "Để mở khóa, vui lòng liên hệ: Trung tâm CNTT&amp;TT tỉnh — hotro@demo.gov.vn");
    }

    @Test
    void namesTheUnchangedDefaultPasswordInWorkingDays() {
        OfficialAccount official = lockedOfficial(LockReason.DEFAULT_PASSWORD_NOT_CHANGED);
        FormClient browser = new FormClient(port);

        String page = browser.follow(browser.logIn(official.email().value(), PASSWORD)).body();
        assertThat(page).contains("Tài khoản bị khóa vì mật khẩu mặc định không được đổi trong 3 ngày làm việc.");
    }

    @Test
    void tellsNoReasonToSomeoneWithoutThePasswordNorForAnUnknownReason() {
        OfficialAccount official = lockedOfficial(LockReason.ADMIN);
        FormClient browser = new FormClient(port);

        HttpResponse<String> wrong = browser.logIn(official.email().value(), "not-the-password");
        assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?error=credentials"));
        assertThat(browser.follow(wrong).body()).doesNotContain("bị khóa");

        String forged = browser.get("/login?error=locked&reason=%3Cscript%3E").body();
        assertThat(forged).contains("Tài khoản đã bị khóa.").doesNotContain("Tài khoản bị khóa vì", "<script>");
    }

    private OfficialAccount lockedOfficial(LockReason reason) {
        String local = "khoa" + UUID.randomUUID().toString().substring(0, 8);
        OfficialAccount official = directory.createOfficial(
                new OfficialInput(local + "@demo.gov.vn", "Trần Thị Khóa", null, "DEMO", Set.of()));
        passwords.setPassword(official.id(), PASSWORD);
        directory.lock(official.id(), reason);
        return official;
    }
}
