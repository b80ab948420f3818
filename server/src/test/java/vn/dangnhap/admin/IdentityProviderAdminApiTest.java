package vn.dangnhap.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dangnhap.admin.AdminHttp.json;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangnhap.audit.AuditLog;
import vn.dangnhap.audit.AuditQuery;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.EmailAddress;

/**
 * Upstream identity providers through the admin API and console: the VNeID preset, validation with
 * the field named, the secret encrypted and never shown, read-only providers of the configuration
 * file, the login page's button, audit lines; and an official's verified number.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.active=demo",
        "spring.datasource.url=jdbc:h2:mem:idp-admin-api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "dangnhap.broker.providers.fromfile.preset=vneid",
        "dangnhap.broker.providers.fromfile.issuer=https://sso.dinhdanhdientu.gov.vn/realms/citizen",
        "dangnhap.broker.providers.fromfile.client-id=tinh-demo",
        "dangnhap.broker.providers.fromfile.client-secret=file-secret-value",
        "dangnhap.broker.providers.fromfile.enabled=false"})
class IdentityProviderAdminApiTest {

    private static final String SECRET = "s3cret-from-the-national-eid-" + UUID.randomUUID();

    @LocalServerPort
    int port;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Directory directory;

    @Test
    void createsTheVneidPresetKeepsTheSecretEncryptedAndShowsTheButton() {
        AdminHttp admin = AdminHttp.api(port, AdminHttp.ADMIN);
        HttpResponse<String> created = admin.postJson("/api/admin/identity-providers", """
                {"alias":"vneid-tinh","preset":"vneid","issuer":"https://sso.dinhdanhdientu.gov.vn/realms/citizen","clientId":"tinh-demo",
                 "clientSecret":"%s"}""".formatted(SECRET));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).doesNotContain(SECRET);
        assertThat(json(created).get("alias").asString()).isEqualTo("vneid-tinh");
        assertThat(json(created).get("label").asString()).isEqualTo("Đăng nhập bằng VNeID");
        assertThat(json(created).get("secretSource").asString()).isEqualTo("ENCRYPTED");
        assertThat(json(created).get("scopes").toString()).isEqualTo("[\"openid\",\"profile\",\"email\"]");
        assertThat(json(created).get("claimMapping").get("pinClaims").toString()).isEqualTo("[\"preferred_username\",\"SoDinhDanh\"]");
        assertThat(json(created).get("claimMapping").get("birthDateFormat").asString()).isEqualTo("yyyyMMdd");
        assertThat(json(created).get("allowOfficials").asBoolean()).isFalse();
        String stored = jdbc.sql("SELECT client_secret_sealed FROM broker_provider WHERE alias = 'vneid-tinh'").query(String.class).single();
        assertThat(stored).isNotBlank().doesNotContain(SECRET);
        assertThat(admin.get("/api/admin/identity-providers/vneid-tinh").body()).doesNotContain(SECRET);

        String loginPage = AdminHttp.api(port, null).get("/login").body();
        assertThat(loginPage).contains("href=\"/login/upstream/vneid-tinh\"").contains("Đăng nhập bằng VNeID")
                .doesNotContain("/login/upstream/fromfile");

        // A change without a secret keeps it; an ${ENV} reference replaces it.
        HttpResponse<String> changed = admin.putJson("/api/admin/identity-providers/vneid-tinh", """
                {"label":"Đăng nhập bằng VNeID (Bộ Công an)","issuer":"https://sso.dinhdanhdientu.gov.vn/realms/citizen",
                 "clientId":"tinh-demo","scopes":"openid profile","pinClaims":"SoDinhDanh","nameClaims":"HoVaTen",
                 "allowOfficials":true}""");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(json(changed).get("allowOfficials").asBoolean()).isTrue();
        assertThat(jdbc.sql("SELECT client_secret_sealed FROM broker_provider WHERE alias = 'vneid-tinh'").query(String.class).single())
                .isEqualTo(stored);
        HttpResponse<String> env = admin.putJson("/api/admin/identity-providers/vneid-tinh", """
                {"label":"Đăng nhập bằng VNeID","issuer":"https://sso.dinhdanhdientu.gov.vn/realms/citizen",
                 "clientId":"tinh-demo","clientSecret":"${VNEID_CLIENT_SECRET}","scopes":"openid profile email",
                 "pinClaims":"preferred_username SoDinhDanh","nameClaims":"HoVaTen"}""");
        assertThat(json(env).get("secretSource").asString()).isEqualTo("ENV");
        assertThat(json(env).get("secretReference").asString()).isEqualTo("VNEID_CLIENT_SECRET");

        assertThat(json(admin.post("/api/admin/identity-providers/vneid-tinh/disable")).get("enabled").asBoolean()).isFalse();
        assertThat(AdminHttp.api(port, null).get("/login").body()).doesNotContain("/login/upstream/vneid-tinh");
        assertThat(json(admin.post("/api/admin/identity-providers/vneid-tinh/enable")).get("enabled").asBoolean()).isTrue();

        assertThat(audit.search(new AuditQuery("ADMIN_CHANGE", null, null, null, null, 100)))
                .anyMatch(e -> "IDP_CREATED".equals(e.reason()) && e.detail().contains("vneid-tinh"))
                .anyMatch(e -> "IDP_UPDATED".equals(e.reason()))
                .anyMatch(e -> "IDP_DISABLED".equals(e.reason()))
                .noneMatch(e -> String.valueOf(e.detail()).contains(SECRET));
    }

    @Test
    void refusesBadInputNamingTheField() {
        AdminHttp admin = AdminHttp.api(port, AdminHttp.ADMIN);
        assertField(admin.postJson("/api/admin/identity-providers", "{}"), "alias");
        assertField(admin.postJson("/api/admin/identity-providers", """
                {"alias":"other","clientId":"x","clientSecret":"y","pinClaims":"sub","nameClaims":"name"}"""), "label");
        assertField(admin.postJson("/api/admin/identity-providers", """
                {"alias":"other","label":"Khác","clientId":"x","clientSecret":"y","pinClaims":"sub","nameClaims":"name"}"""), "issuer");
        for (String issuer : List.of("ftp://idp.example.vn", "not a url", "http://idp.example.vn/realms/x", "https://idp.example.vn/?a=b")) {
            assertField(admin.postJson("/api/admin/identity-providers", """
                    {"alias":"other","label":"Khác","issuer":"%s","clientId":"x","clientSecret":"y","scopes":"openid",
                     "pinClaims":"sub","nameClaims":"name"}""".formatted(issuer)), "issuer");
        }
        assertField(admin.postJson("/api/admin/identity-providers", """
                {"alias":"other","label":"Khác","issuer":"https://idp.example.vn","clientSecret":"y","scopes":"openid",
                 "pinClaims":"sub","nameClaims":"name"}"""), "clientId");
        assertField(admin.postJson("/api/admin/identity-providers", """
                {"alias":"other","label":"Khác","issuer":"https://idp.example.vn","clientId":"x","scopes":"openid",
                 "pinClaims":"sub","nameClaims":"name"}"""), "clientSecret");
        assertField(admin.postJson("/api/admin/identity-providers", """
                {"alias":"other","label":"Khác","issuer":"https://idp.example.vn","clientId":"x","clientSecret":"y",
                 "scopes":"profile","pinClaims":"sub","nameClaims":"name"}"""), "scopes");
        assertField(admin.postJson("/api/admin/identity-providers", """
                {"alias":"other","label":"Khác","issuer":"https://idp.example.vn","clientId":"x","clientSecret":"y",
                 "scopes":"openid","nameClaims":"name"}"""), "pinClaims");
        assertField(admin.postJson("/api/admin/identity-providers", """
                {"alias":"other","label":"Khác","issuer":"https://idp.example.vn","clientId":"x","clientSecret":"y",
                 "scopes":"openid","pinClaims":"sub","nameClaims":"name","birthDateClaim":"dob","birthDateFormat":"qqqq-{"}"""),
                "birthDateFormat");
        assertField(admin.postJson("/api/admin/identity-providers", """
                {"alias":"Bad Alias!","label":"Khác"}"""), "alias");
        assertThat(admin.get("/api/admin/identity-providers").body()).doesNotContain("\"other\"");

        HttpResponse<String> fromFile = admin.postJson("/api/admin/identity-providers", """
                {"alias":"fromfile","preset":"vneid","issuer":"https://idp.example.vn","clientId":"x","clientSecret":"y"}""");
        assertThat(fromFile.statusCode()).isEqualTo(409);
        assertThat(admin.putJson("/api/admin/identity-providers/fromfile", "{}").statusCode()).isEqualTo(409);
        assertThat(admin.postJson("/api/admin/identity-providers", """
                {"preset":"vneid","issuer":"https://idp.example.vn","clientId":"x","clientSecret":"y"}""").statusCode())
                .as("the demo's vneid comes from the configuration file").isEqualTo(409);
        HttpResponse<String> listed = admin.get("/api/admin/identity-providers/fromfile");
        assertThat(json(listed).get("fromConfiguration").asBoolean()).isTrue();
        assertThat(json(listed).get("secretSource").asString()).isEqualTo("CONFIGURATION");
        assertThat(listed.body()).doesNotContain("file-secret-value");
        assertThat(admin.get("/api/admin/identity-providers/nope").statusCode()).isEqualTo(404);
        assertThat(AdminHttp.api(port, AdminHttp.USER).get("/api/admin/identity-providers").statusCode()).isEqualTo(403);
    }

    @Test
    void setsAnOfficialsVerifiedNumberMaskedAndUnique() {
        AdminHttp admin = AdminHttp.api(port, AdminHttp.ADMIN);
        UUID id = directory.findOfficial(new EmailAddress(AdminHttp.USER)).orElseThrow().id();
        assertField(admin.putJson("/api/admin/officials/" + id + "/verified-pin", "{\"verifiedPin\":\"12345\"}"), "verifiedPin");
        assertField(admin.putJson("/api/admin/officials/" + id + "/verified-pin", "{\"verifiedPin\":\"0010900012ab\"}"), "verifiedPin");
        HttpResponse<String> set = admin.putJson("/api/admin/officials/" + id + "/verified-pin", "{\"verifiedPin\":\"001090001234\"}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(json(set).get("verifiedPin").asString()).isEqualTo("0010******34");
        UUID other = directory.findOfficial(new EmailAddress(AdminHttp.ADMIN)).orElseThrow().id();
        assertThat(admin.putJson("/api/admin/officials/" + other + "/verified-pin", "{\"verifiedPin\":\"001090001234\"}").statusCode())
                .isEqualTo(409);
        assertThat(audit.search(new AuditQuery("ADMIN_CHANGE", null, null, null, null, 100)))
                .anyMatch(e -> "OFFICIAL_PIN_SET".equals(e.reason()) && e.detail().contains("0010******34"))
                .noneMatch(e -> String.valueOf(e.detail()).contains("001090001234"));

        AdminHttp console = AdminHttp.browser(port, AdminHttp.ADMIN);
        assertThat(console.get("/admin/officials/" + id + "/edit").body()).contains("0010******34").doesNotContain("001090001234");
        assertThat(admin.putJson("/api/admin/officials/" + id + "/verified-pin", "{\"verifiedPin\":null}").statusCode()).isEqualTo(200);
        assertThat(directory.verifiedPinOf(id)).isEmpty();
    }

    @Test
    void theConsoleListsAndAddsProviders() {
        AdminHttp console = AdminHttp.browser(port, AdminHttp.ADMIN);
        String form = console.get("/admin/identity-providers/new?preset=vneid").body();
        assertThat(form).contains("value=\"preferred_username SoDinhDanh\"").contains("value=\"yyyyMMdd\"");
        HttpResponse<String> bad = console.postForm("/admin/identity-providers", java.util.Map.of("_csrf", console.csrfOf(form),
                "alias", "tinhkhac", "label", "Đăng nhập bằng IdP tỉnh", "issuer", "ftp://x", "clientId", "a",
                "clientSecret", "b", "scopes", "openid", "pinClaims", "sub", "nameClaims", "name", "enabled", "on"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Issuer phải là một địa chỉ https đầy đủ").doesNotContain("value=\"b\"");
        HttpResponse<String> ok = console.postForm("/admin/identity-providers", java.util.Map.of("_csrf", console.csrfOf(bad.body()),
                "alias", "tinhkhac", "label", "Đăng nhập bằng IdP tỉnh", "issuer", "https://idp.tinh.gov.vn/realms/x",
                "clientId", "a", "clientSecret", "b", "scopes", "openid", "pinClaims", "sub", "nameClaims", "name", "enabled", "on"));
        assertThat(ok.statusCode()).isEqualTo(302);
        String list = console.get("/admin/identity-providers").body();
        assertThat(list).contains("tinhkhac").contains("Đăng nhập bằng IdP tỉnh").contains("fromfile").contains("Tệp cấu hình");
    }

    private static void assertField(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(json(response).get("field").asString()).as(response.body()).isEqualTo(field);
    }
}
