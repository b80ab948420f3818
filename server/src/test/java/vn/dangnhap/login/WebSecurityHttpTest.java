package vn.dangnhap.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangnhap.testsupport.DemoPortalTest;
import vn.dangnhap.testsupport.FormClient;

/** Headers, cookies, CSRF, logout and error answers, as a client sees them on the wire. */
@DemoPortalTest
class WebSecurityHttpTest {

    @LocalServerPort int port;

    FormClient client;

    @BeforeEach
    void newBrowser() {
        client = new FormClient(port);
    }

    @Test
    void pagesForbidFramingAndLimitWhereContentComesFrom() {
        HttpResponse<String> login = client.get("/login");

        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("frame-ancestors 'none'").contains("default-src 'self'").contains("object-src 'none'"));
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteLaxAndRenewedAtLogin() {
        HttpResponse<String> form = client.get("/login");
        String cookieHeader = sessionSetCookie(form);
        assertThat(cookieHeader).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        String before = client.cookie("DANGNHAP_SESSION").orElseThrow();

        HttpResponse<String> answer = client.postForm("/login", Map.of(
                "username", "nguyenvanan", "password", DemoPortalTest.PASSWORD, "_csrf", FormClient.csrfToken(form.body())));

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(sessionSetCookie(answer)).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(client.cookie("DANGNHAP_SESSION")).get().as("session fixation protection").isNotEqualTo(before);
        assertThat(client.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void loginPostWithoutCsrfTokenIsRefused() {
        client.get("/login");

        HttpResponse<String> answer = client.postForm("/login", Map.of("username", "nguyenvanan", "password", DemoPortalTest.PASSWORD));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(client.get("/").statusCode()).as("not signed in").isEqualTo(302);
    }

    @Test
    void aTamperedCsrfTokenIsRefusedWithTheNormalPageNeverAServerError() {
        String token = FormClient.csrfToken(client.get("/login").body());
        java.util.Random random = new java.util.Random(16);
        List<String> tampered = new java.util.ArrayList<>(List.of(token.substring(0, token.length() - 4), token + "AAAA",
                token.substring(0, token.length() / 2), token + token, "%%%", "", "AAAA", "!" + token.substring(1)));
        for (int i = 0; i < 20; i++) {
            StringBuilder changed = new StringBuilder(token);
            int at = random.nextInt(changed.length());
            switch (random.nextInt(3)) {
                case 0 -> changed.deleteCharAt(at);
                case 1 -> changed.insert(at, "ABCDEFGHIJKLMNOPQRSTUVWXYZ_-".charAt(random.nextInt(28)));
                default -> changed.setCharAt(at, changed.charAt(at) == 'x' ? 'y' : 'x');
            }
            tampered.add(changed.toString());
        }
        for (String value : tampered) {
            HttpResponse<String> answer = client.postForm("/login", List.copyOf(Map.of("username", "nguyenvanan",
                    "password", DemoPortalTest.PASSWORD, "_csrf", value).entrySet()), "Accept", "text/html,*/*;q=0.8");
            assertThat(answer.statusCode()).as("tampered token %s", value).isEqualTo(403);
            assertThat(answer.body()).contains("Bạn không có quyền truy cập trang này.");
        }
        assertThat(client.get("/").statusCode()).as("not signed in").isEqualTo(302);
    }

    @Test
    void logoutNeedsPostWithCsrfTokenAndThenEndsTheSession() {
        signIn("phamthidung");
        String portal = client.get("/").body();

        assertThat(client.get("/logout").statusCode()).as("GET does not log out").isNotIn(302, 200);
        assertThat(client.postForm("/logout", Map.of()).statusCode()).as("POST without token").isEqualTo(403);
        assertThat(client.get("/").statusCode()).as("still signed in").isEqualTo(200);

        HttpResponse<String> loggedOut = client.postForm("/logout", Map.of("_csrf", FormClient.csrfToken(portal)));

        assertThat(loggedOut.statusCode()).isEqualTo(302);
        assertThat(loggedOut.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
        assertThat(client.follow(loggedOut).body()).contains("Bạn đã đăng xuất.");
        HttpResponse<String> home = client.get("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void unknownPathShowsTheVietnameseErrorPageWithoutStackTrace() {
        signIn("nguyenvanan");

        HttpResponse<String> page = client.get("/khong-co-trang-nay", "Accept", "text/html");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Có lỗi xảy ra").contains("Không tìm thấy trang hoặc ứng dụng yêu cầu.");
        assertNoInternals(page);
    }

    @Test
    void launchingAnUnknownApplicationIsNotFoundAndAForbiddenOneShowsTheRefusalPage() {
        signIn("nguyenvanan");

        HttpResponse<String> unknown = client.get("/launch/unknown", "Accept", "text/html");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Có lỗi xảy ra").contains("Không tìm thấy ứng dụng.");
        assertNoInternals(unknown);

        // The same refusal page OpenID Connect and CAS show for this application (the entry decision's).
        HttpResponse<String> forbidden = client.get("/launch/dieuhanh", "Accept", "text/html");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("data-reason=\"NOT_ALLOWED\"")
                .contains("Bạn không có quyền mở ứng dụng &quot;Điều hành tác nghiệp&quot;.").contains("id=\"refused-reference\"");
        assertNoInternals(forbidden);
    }

    @Test
    void adminApiWithoutCredentialsAnswers401ProblemJson() {
        HttpResponse<String> answer = client.get("/api/admin/officials", "Accept", "application/json");

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"status\":401").contains("\"title\":\"Unauthorized\"");
        assertThat(client.cookie("DANGNHAP_SESSION")).as("the API is stateless").isEmpty();
    }

    @Test
    void healthEndpointSaysUp() {
        HttpResponse<String> health = client.get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    private void signIn(String username) {
        HttpResponse<String> answer = client.logIn(username, DemoPortalTest.PASSWORD);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    private static String sessionSetCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("DANGNHAP_SESSION="))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no session cookie set"));
    }

    private static void assertNoInternals(HttpResponse<String> page) {
        assertThat(page.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("at vn.dangnhap")
                .doesNotContain("Whitelabel");
    }
}
