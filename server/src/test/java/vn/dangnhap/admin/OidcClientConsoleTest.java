package vn.dangnhap.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The console's OpenID Connect page of an application and its signing-keys page, used through a signed-in browser session. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.active=demo",
        "spring.datasource.url=jdbc:h2:mem:admin-console;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
class OidcClientConsoleTest {

    private static final Pattern SECRET = Pattern.compile("<code class=\"secret\">([^<]+)</code>");

    @LocalServerPort
    int port;

    AdminHttp admin;

    @BeforeEach
    void signIn() {
        admin = AdminHttp.browser(port, "admin");
    }

    @Test
    void registersAnApplicationFromItsPageShowingTheSecretOnceAndRefusesABadRedirectUriInVietnamese() {
        String token = admin.csrfOf(admin.get("/admin/applications/new").body());
        assertThat(admin.postForm("/admin/applications", Map.of("_csrf", token, "code", "hosocongviec", "name", "Hồ sơ công việc",
                "icon", "DOCUMENT", "launchUrl", "https://hscv.demo.gov.vn", "sortOrder", "3", "accessRules", "*")).statusCode())
                .isEqualTo(302);
        assertThat(admin.get("/admin/applications").body()).contains("/admin/applications/hosocongviec/oidc");
        assertThat(admin.get("/admin/applications/hosocongviec/edit").body()).contains("/admin/applications/hosocongviec/oidc");

        HttpResponse<String> page = admin.get("/admin/applications/hosocongviec/oidc");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>OpenID Connect: hosocongviec</h1>", "chưa được đăng ký OpenID Connect");

        Map<String, String> form = form(token, "https://x.gov.vn/*");
        HttpResponse<String> bad = admin.postForm("/admin/applications/hosocongviec/oidc/register", form);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("<p class=\"field-error\">Địa chỉ &quot;https://x.gov.vn/*&quot; không hợp lệ: cần URL https:// "
                + "đầy đủ (http:// chỉ cho localhost), không có * hoặc #.</p>", "https://x.gov.vn/*")
                .doesNotContain("Khóa bí mật chỉ hiển thị một lần");
        HttpResponse<String> badLifetime = admin.postForm("/admin/applications/hosocongviec/oidc/register",
                with(form(token, "https://hscv.demo.gov.vn/cb"), "accessTokenSeconds", "năm phút"));
        assertThat(badLifetime.statusCode()).isEqualTo(400);
        assertThat(badLifetime.body()).contains("<p class=\"field-error\">Thời hạn phải là số giây (số nguyên).</p>");
        assertThat(admin.get("/admin/applications/hosocongviec/oidc").body()).contains("chưa được đăng ký OpenID Connect");

        HttpResponse<String> registered = admin.postForm("/admin/applications/hosocongviec/oidc/register", form(token, "https://hscv.demo.gov.vn/cb"));
        assertThat(registered.statusCode()).isEqualTo(200);
        assertThat(registered.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(registered.body()).contains("Khóa bí mật chỉ hiển thị một lần", "Đã đăng ký ứng dụng hosocongviec với OpenID Connect.");
        String secret = secretOf(registered.body());
        assertThat(clientCredentials("hosocongviec", secret).statusCode()).isEqualTo(200);

        HttpResponse<String> settings = admin.get("/admin/applications/hosocongviec/oidc");
        assertThat(settings.body()).contains("https://hscv.demo.gov.vn/cb", "Đang hoạt động", "Tạo khóa bí mật mới")
                .doesNotContain(secret).doesNotContain("chưa được đăng ký");

        HttpResponse<String> rotated = admin.postForm("/admin/applications/hosocongviec/oidc/secret", Map.of("_csrf", token));
        assertThat(rotated.statusCode()).isEqualTo(200);
        assertThat(rotated.body()).contains("Khóa bí mật chỉ hiển thị một lần", "Đã tạo khóa bí mật mới cho ứng dụng hosocongviec.");
        String newSecret = secretOf(rotated.body());
        assertThat(clientCredentials("hosocongviec", secret).statusCode()).isEqualTo(401);
        assertThat(clientCredentials("hosocongviec", newSecret).statusCode()).isEqualTo(200);

        HttpResponse<String> badUpdate = admin.postForm("/admin/applications/hosocongviec/oidc",
                with(form(token, "https://hscv.demo.gov.vn/cb\nhttp://hscv.demo.gov.vn/cb"), "refreshTokenSeconds", "3600"));
        assertThat(badUpdate.statusCode()).isEqualTo(400);
        assertThat(badUpdate.body()).contains("Địa chỉ &quot;http://hscv.demo.gov.vn/cb&quot; không hợp lệ");
        HttpResponse<String> updated = admin.postForm("/admin/applications/hosocongviec/oidc",
                with(form(token, "https://hscv.demo.gov.vn/cb\nhttps://hscv.demo.gov.vn/cb2"), "refreshTokenSeconds", "3600"));
        assertThat(updated.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/applications/hosocongviec/oidc").body())
                .contains("Đã lưu cài đặt OpenID Connect của ứng dụng hosocongviec.", "https://hscv.demo.gov.vn/cb2", "value=\"3600\"");

        assertThat(admin.postForm("/admin/applications/hosocongviec/oidc/disable", Map.of("_csrf", token)).statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/applications/hosocongviec/oidc").body()).contains("Ngừng hoạt động", "Kích hoạt lại");
        assertThat(clientCredentials("hosocongviec", newSecret).statusCode()).isEqualTo(401);

        assertThat(admin.get("/admin/audit?type=ADMIN_CHANGE").body())
                .contains("CLIENT_REGISTERED", "CLIENT_SECRET_ROTATED", "CLIENT_UPDATED", "CLIENT_DISABLED")
                .doesNotContain(secret).doesNotContain(newSecret);
    }

    @Test
    void listsSigningKeysAndRotatesThemFromTheKeysPage() {
        assertThat(admin.get("/admin").body()).contains("/admin/keys");
        HttpResponse<String> page = admin.get("/admin/keys");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Khóa ký token</h1>", "RS256", "ES256", "Đang dùng");
        String token = admin.csrfOf(page.body());

        assertThat(admin.post("/admin/keys/rotate").statusCode()).as("no CSRF token").isEqualTo(403);
        HttpResponse<String> rotated = admin.postForm("/admin/keys/rotate", Map.of("_csrf", token));
        assertThat(rotated.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/keys").body()).contains("Đã xoay vòng khóa ký token.", "Khóa trước (vẫn kiểm tra được token cũ)");
        assertThat(admin.get("/admin/keys?lang=en").body()).contains("<h1>Signing keys</h1>", "Previous (still verifies earlier tokens)");
        assertThat(admin.get("/admin/audit?type=ADMIN_CHANGE").body()).contains("SIGNING_KEYS_ROTATED");
    }

    @Test
    void refusesTheOidcPagesToAnOfficialWhoIsNotAnAdmin() {
        AdminHttp user = AdminHttp.browser(port, "nguyenvanan");
        assertThat(user.get("/admin/keys").statusCode()).isEqualTo(403);
        assertThat(user.get("/admin/applications/ecabinet/oidc").statusCode()).isEqualTo(403);
    }

    private static Map<String, String> form(String token, String redirectUris) {
        Map<String, String> form = new HashMap<>(Map.of("_csrf", token, "type", "CONFIDENTIAL", "redirectUris", redirectUris,
                "postLogoutRedirectUris", "", "backchannelLogoutUri", "", "initiateLoginUri", "https://hscv.demo.gov.vn/sso",
                "scopes", "profile", "clientCredentials", "true", "accessTokenSeconds", "300", "refreshTokenSeconds", "28800"));
        return form;
    }

    private static Map<String, String> with(Map<String, String> form, String field, String value) {
        form.put(field, value);
        return form;
    }

    private static String secretOf(String html) {
        Matcher m = SECRET.matcher(html);
        assertThat(m.find()).as("secret shown").isTrue();
        return m.group(1);
    }

    private HttpResponse<String> clientCredentials(String clientId, String secret) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
