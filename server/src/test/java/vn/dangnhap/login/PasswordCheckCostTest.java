package vn.dangnhap.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangnhap.testsupport.DemoPortalTest;
import vn.dangnhap.testsupport.FormClient;
import vn.dangnhap.testsupport.PasswordHashCounter;

/**
 * "No such account" must cost what "wrong password" costs, or response times tell which accounts
 * exist. Measured in Argon2 verifications, not in milliseconds: one each.
 */
@DemoPortalTest
class PasswordCheckCostTest {

    @LocalServerPort int port;
    @Autowired PasswordHashCounter hashes;

    @Test
    void unknownAccountCostsOneHashVerificationLikeAWrongPassword() {
        assertThat(hashVerificationsFor("khongtontai", "Demo@2026")).as("unknown account").isEqualTo(1);
        assertThat(hashVerificationsFor("nguyenvanan", "Demo@2025")).as("wrong password").isEqualTo(1);
        assertThat(hashVerificationsFor("nguyenvanan", "Demo@2026")).as("right password").isEqualTo(1);
    }

    private int hashVerificationsFor(String username, String password) {
        FormClient client = new FormClient(port);
        client.get("/login");
        int before = hashes.matchesCalls();
        HttpResponse<String> answer = client.logIn(username, password);
        assertThat(answer.statusCode()).isEqualTo(302);
        return hashes.matchesCalls() - before;
    }
}
