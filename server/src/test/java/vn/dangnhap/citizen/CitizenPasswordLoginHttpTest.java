package vn.dangnhap.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangnhap.testsupport.FormClient;
import vn.dangnhap.testsupport.PasswordHashCounter;

/**
 * Legacy citizen accounts sign in on the same login form as officials: the name rule, the same
 * single hash and throttle, the hold at verification, and the cut-off date (Decree 59/2022 art. 40).
 */
class CitizenPasswordLoginHttpTest extends CitizenPortalTestBase {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired PasswordHashCounter hashes;

    @Test
    void legacyCitizenSignsInOnTheSameFormAndEveryPageLeadsToVerificationUntilDone() {
        CitizenAccount account = legacyAccount("vu.van.an", "Vũ Văn An", null, "Mat khau cong dan 2019");
        FormClient client = new FormClient(port);

        HttpResponse<String> login = client.logIn("Vu.Van.An", "Mat khau cong dan 2019");

        assertThat(login.headers().firstValue("Location")).hasValue(url("/account/verify"));
        for (String page : new String[] {"/", "/account/password", "/account/consents", "/launch/thudientu"}) {
            assertThat(client.get(page).headers().firstValue("Location")).as(page).hasValue(url("/account/verify"));
        }
        HttpResponse<String> verify = client.get("/account/verify");
        assertThat(verify.statusCode()).isEqualTo(200);
        assertThat(verify.body()).contains("Xác thực tài khoản").contains("Tài khoản vu.van.an chưa được xác thực");
        assertThat(reload(account.id()).lastLoginAt()).isNotNull();
        assertThat(auditLines("LOGIN", "vu.van.an")).singleElement()
                .satisfies(line -> {
                    assertThat(line.outcome()).isEqualTo("SUCCESS");
                    assertThat(line.accountId()).isEqualTo(account.id());
                });

        // The citizen can always sign out.
        HttpResponse<String> logout = client.postForm("/logout", Map.of("_csrf", FormClient.csrfToken(verify.body())));
        assertThat(logout.headers().firstValue("Location")).hasValue(url("/login?logout"));
        assertThat(client.get("/").headers().firstValue("Location")).hasValue(url("/login"));
        assertThat(auditLines("LOGOUT", "vu.van.an")).hasSize(1);
    }

    @Test
    void aWrongCitizenPasswordAndAnUnknownNameGetTheSameAnswerForOneHashEach() {
        CitizenAccount account = legacyAccount("tran.thi.gam", "Trần Thị Gấm", null, "Mat khau cong dan 2020");
        FormClient client = new FormClient(port);

        int before = hashes.matchesCalls();
        HttpResponse<String> wrong = client.logIn("tran.thi.gam", "sai mat khau");
        int afterWrong = hashes.matchesCalls();
        HttpResponse<String> unknown = client.logIn("khong.co.ai", "sai mat khau");

        assertThat(wrong.headers().firstValue("Location")).hasValue(url("/login?error=credentials"));
        assertThat(unknown.headers().firstValue("Location")).hasValue(url("/login?error=credentials"));
        assertThat(afterWrong - before).isEqualTo(1);
        assertThat(hashes.matchesCalls() - afterWrong).isEqualTo(1);
        assertThat(auditLines("LOGIN", "tran.thi.gam")).singleElement().satisfies(line -> {
            assertThat(line.outcome()).isEqualTo("FAILURE");
            assertThat(line.reason()).isEqualTo("BAD_PASSWORD");
            assertThat(line.accountId()).isEqualTo(account.id());
        });
    }

    @Test
    void fiveWrongPasswordsLockACitizenNameForAWhileLikeAnOfficials() {
        legacyAccount("le.van.khoa", "Lê Văn Khoa", null, "Mat khau cong dan 2021");
        FormClient attacker = new FormClient(port);
        for (int i = 0; i < 5; i++) {
            attacker.logIn("le.van.khoa", "doan mo " + i);
        }

        int before = hashes.matchesCalls();
        HttpResponse<String> refused = new FormClient(port).logIn("le.van.khoa", "Mat khau cong dan 2021");

        assertThat(refused.headers().firstValue("Location").orElseThrow()).startsWith(url("/login?error=temporarily-locked"));
        assertThat(hashes.matchesCalls()).as("refused before the hash").isEqualTo(before);
    }

    @Test
    void aVerifiedCitizenGoesStraightOnAndAnOfficialsNameWinsOverACitizensName() {
        // dung.pham (demo data) is verified: no hold.
        HttpResponse<String> verified = new FormClient(port).logIn("dung.pham", DEMO_PASSWORD);
        assertThat(verified.headers().firstValue("Location")).hasValue(url("/"));

        // A citizen user name equal to an official's local part: the official's account is meant.
        legacyAccount("levancuong", "Lê Văn Cương", null, "Mat khau cong dan 2022");
        assertThat(new FormClient(port).logIn("levancuong", "Mat khau cong dan 2022").headers().firstValue("Location"))
                .hasValue(url("/login?error=credentials"));
        assertThat(new FormClient(port).logIn("levancuong", DEMO_PASSWORD).headers().firstValue("Location"))
                .hasValue(url("/"));
    }

    @Test
    void aDisabledCitizenAccountIsRefusedAfterTheRightPassword() {
        CitizenAccount account = legacyAccount("ho.thi.lan", "Hồ Thị Lan", null, "Mat khau cong dan 2023");
        accounts.setStatus(account.id(), CitizenAccount.Status.DISABLED);

        assertThat(new FormClient(port).logIn("ho.thi.lan", "Mat khau cong dan 2023").headers().firstValue("Location"))
                .hasValue(url("/login?error=disabled"));
    }

    @Test
    void fromTheCutoffDayTheRightPasswordIsRefusedWithAPointerToVneid() {
        legacyAccount("ngo.van.minh", "Ngô Văn Minh", null, "Mat khau cong dan 2024");
        try {
            clock.moveTo(ZonedDateTime.of(2029, 12, 31, 23, 59, 0, 0, VIETNAM).toInstant());
            assertThat(new FormClient(port).logIn("ngo.van.minh", "Mat khau cong dan 2024").headers().firstValue("Location"))
                    .hasValue(url("/account/verify"));

            clock.moveTo(ZonedDateTime.of(2030, 1, 1, 0, 0, 30, 0, VIETNAM).toInstant());
            FormClient client = new FormClient(port);
            HttpResponse<String> refused = client.logIn("ngo.van.minh", "Mat khau cong dan 2024");
            assertThat(refused.headers().firstValue("Location")).hasValue(url("/login?error=citizen-cutoff"));
            String page = client.follow(refused).body();
            assertThat(page).contains("Từ ngày 01/01/2030, tài khoản công dân cũ không còn đăng nhập bằng mật khẩu")
                    .contains("href=\"/login/upstream/vneid\"");
            assertThat(client.get("/").headers().firstValue("Location")).hasValue(url("/login"));

            // A wrong password still says only "wrong": the cut-off tells nothing to someone without the password.
            assertThat(new FormClient(port).logIn("ngo.van.minh", "sai").headers().firstValue("Location"))
                    .hasValue(url("/login?error=credentials"));
            assertThat(auditLines("LOGIN", "ngo.van.minh")).extracting(line -> line.reason())
                    .contains("PASSWORD_LOGIN_ENDED", "BAD_PASSWORD");
            // Officials are not concerned.
            assertThat(new FormClient(port).logIn("hoangvanem", DEMO_PASSWORD).headers().firstValue("Location").orElseThrow())
                    .doesNotContain("/login");
        } finally {
            clock.moveTo(Instant.now());
        }
    }
}
