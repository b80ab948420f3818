package vn.dangnhap.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangnhap.audit.AuditEvent;
import vn.dangnhap.audit.AuditLog;
import vn.dangnhap.audit.AuditQuery;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.shared.BusinessTime;
import vn.dangnhap.testsupport.DemoPortalTest;
import vn.dangnhap.testsupport.FormClient;

/** The login form over plain HTTP: what each kind of input gets back, and what is recorded. */
@DemoPortalTest
class LoginFormHttpTest {

    private static final String GENERIC_REFUSAL = "Tên đăng nhập hoặc mật khẩu không đúng.";

    @LocalServerPort int port;
    @Autowired AuditLog audit;
    @Autowired Directory directory;

    FormClient client;

    @BeforeEach
    void newBrowser() {
        client = new FormClient(port);
    }

    @Test
    void emptyFieldsAskForUsernameAndPassword() {
        assertRefusedWith(client.logIn("", ""), "required", "Vui lòng nhập tên đăng nhập và mật khẩu.");
        assertRefusedWith(client.logIn("nguyenvanan", ""), "required", "Vui lòng nhập tên đăng nhập và mật khẩu.");
    }

    @Test
    void tenKilobyteUsernameIsRefusedAndAuditedCutTo256Characters() {
        String marker = "long" + UUID.randomUUID().toString().replace("-", "");
        String typed = marker + "x".repeat(10_240 - marker.length());

        assertRefusedWith(client.logIn(typed, "whatever"), "too-long", "Tên đăng nhập quá dài.");

        AuditEvent recorded = lastLoginFailure(name -> name.startsWith(marker));
        assertThat(recorded.reason()).isEqualTo("USERNAME_TOO_LONG");
        assertThat(recorded.username()).hasSize(256).startsWith(marker);
    }

    @Test
    void addressOfAnotherDomainIsRefusedNamingTheAcceptedDomain() {
        assertRefusedWith(client.logIn("x@gmail.com", "Demo@2026"), "domain",
                "Tên miền không được hỗ trợ. Chỉ dùng tài khoản thư công vụ @demo.gov.vn.");
        assertThat(lastLoginFailure(name -> name.equals("x@gmail.com")).reason()).isEqualTo("UNKNOWN_DOMAIN");
    }

    @Test
    void sqlAndMarkupInTheUsernameAreRefusedAsInvalidAndChangeNothing() {
        long officials = directory.officialCount();
        for (String typed : new String[] {"' OR 1=1 --", "<script>alert(1)</script>"}) {
            HttpResponse<String> page = assertRefusedWith(client.logIn(typed, "' OR 1=1 --"), "invalid",
                    "Tên đăng nhập không hợp lệ.");
            assertThat(page.body()).doesNotContain("<script>alert(1)");
            assertThat(lastLoginFailure(typed::equals).reason()).isEqualTo("INVALID_USERNAME");
        }
        assertThat(directory.officialCount()).isEqualTo(officials);
        assertThat(client.get("/").statusCode()).as("still not signed in").isEqualTo(302);
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameMessage() {
        HttpResponse<String> wrongPassword = assertRefusedWith(client.logIn("nguyenvanan", "Demo@2025"), "credentials", GENERIC_REFUSAL);
        HttpResponse<String> unknownUser = assertRefusedWith(client.logIn("khongtontai", "Demo@2026"), "credentials", GENERIC_REFUSAL);

        assertThat(unknownUser.uri()).isEqualTo(wrongPassword.uri());
        assertThat(lastLoginFailure(name -> name.equals("khongtontai")).reason()).isEqualTo("UNKNOWN_ACCOUNT");
        assertThat(lastLoginFailure(name -> name.equals("nguyenvanan")).reason()).isEqualTo("BAD_PASSWORD");
    }

    @Test
    void fullAddressOfTheConfiguredDomainSignsIn() {
        assertSignedInAs(client.logIn("tranthibinh@demo.gov.vn", DemoPortalTest.PASSWORD), "Trần Thị Bình");
    }

    @Test
    void usernameInMixedCaseSignsIn() {
        assertSignedInAs(client.logIn("  LeVanCuong@Demo.GOV.vn ", DemoPortalTest.PASSWORD), "Lê Văn Cường");
        assertThat(audit.search(new AuditQuery("LOGIN", "SUCCESS", "levancuong@demo.gov.vn", LocalDate.now(BusinessTime.ZONE), null, 5)))
                .isNotEmpty();
    }

    private void assertSignedInAs(HttpResponse<String> answer, String fullName) {
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        HttpResponse<String> portal = client.follow(answer);
        assertThat(portal.statusCode()).isEqualTo(200);
        assertThat(portal.body()).contains("Xin chào, " + fullName);
    }

    /** A redirect to {@code /login?error=code}, whose page shows the message; never a 500. */
    private HttpResponse<String> assertRefusedWith(HttpResponse<String> answer, String code, String message) {
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/login?error=" + code));
        HttpResponse<String> page = client.follow(answer);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(message).contains("id=\"login-error\"");
        return page;
    }

    private AuditEvent lastLoginFailure(Predicate<String> username) {
        return audit.search(new AuditQuery("LOGIN", "FAILURE", null, null, null, 1000)).stream()
                .filter(e -> e.username() != null && username.test(e.username()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no such LOGIN FAILURE recorded"));
    }

}
