package vn.dangnhap.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dangnhap.admin.AdminHttp.json;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * OpenID Connect registrations and signing keys through the admin REST API, checked against the
 * protocol endpoints a real application uses (token endpoint, JWKS).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.active=demo",
        "spring.datasource.url=jdbc:h2:mem:admin-api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
class OidcClientAdminApiTest {

    @LocalServerPort
    int port;

    AdminHttp admin;

    @BeforeEach
    void connect() {
        admin = AdminHttp.api(port, AdminHttp.ADMIN);
    }

    /** Every client belongs to an application: the administrator creates the application first. */
    private void application(String code) {
        HttpResponse<String> created = admin.postJson("/api/admin/applications", "{\"code\":\"" + code
                + "\",\"name\":\"Ứng dụng " + code + "\",\"launchUrl\":\"https://" + code + ".demo.gov.vn/\",\"accessRules\":[\"*\"]}");
        assertThat(created.statusCode()).as(created.body()).isIn(201, 409);
    }

    @Test
    void aClientCanOnlyBeRegisteredForAnExistingApplication() {
        assertProblem(admin.postJson("/api/admin/clients", client("chua-co-ung-dung", "CONFIDENTIAL",
                "\"https://x.gov.vn/cb\"", "[]", false, null)), 400, "clientId",
                "There is no application with code chua-co-ung-dung: create the application first, then register it for OpenID Connect.");
        assertThat(admin.get("/api/admin/clients/chua-co-ung-dung").statusCode()).isEqualTo(404);
        application("chua-co-ung-dung");
        assertThat(admin.postJson("/api/admin/clients", client("chua-co-ung-dung", "CONFIDENTIAL",
                "\"https://x.gov.vn/cb\"", "[]", false, null)).statusCode()).isEqualTo(201);
    }

    @Test
    void registersAClientShowingItsSecretOnceAndTheSecretObtainsTokensUntilRotated() {
        application("quanlyvanban");
        HttpResponse<String> created = admin.postJson("/api/admin/clients", client("quanlyvanban", "CONFIDENTIAL",
                "\"https://vanban.demo.gov.vn/login/oauth2/code/dangnhap\"", "[\"profile\",\"email\"]", true, 600));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/admin/clients/quanlyvanban");
        assertThat(created.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        JsonNode registered = json(created);
        String secret = registered.get("clientSecret").asString();
        assertThat(secret).hasSizeGreaterThanOrEqualTo(43);
        assertThat(registered.get("clientId").asString()).isEqualTo("quanlyvanban");
        assertThat(registered.get("type").asString()).isEqualTo("CONFIDENTIAL");
        assertThat(registered.get("scopes").valueStream().map(JsonNode::asString).toList()).containsExactly("email", "openid", "profile");
        assertThat(registered.get("accessTokenSeconds").asInt()).isEqualTo(600);
        assertThat(registered.get("refreshTokenSeconds").asInt()).isEqualTo(28_800);
        assertThat(registered.get("enabled").asBoolean()).isTrue();

        HttpResponse<String> read = admin.get("/api/admin/clients/quanlyvanban");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).doesNotContain(secret).doesNotContain("clientSecret");
        assertThat(admin.get("/api/admin/clients").body()).contains("\"quanlyvanban\"").doesNotContain(secret);

        HttpResponse<String> token = clientCredentials("quanlyvanban", secret);
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        assertThat(json(token).get("access_token").asString()).isNotBlank();
        assertThat(json(token).get("expires_in").asInt()).isBetween(598, 600);

        HttpResponse<String> rotated = admin.post("/api/admin/clients/quanlyvanban/secret");
        assertThat(rotated.statusCode()).isEqualTo(200);
        String newSecret = json(rotated).get("clientSecret").asString();
        assertThat(newSecret).isNotEqualTo(secret);
        HttpResponse<String> oldRefused = clientCredentials("quanlyvanban", secret);
        assertThat(oldRefused.statusCode()).isEqualTo(401);
        assertThat(json(oldRefused).get("error").asString()).isEqualTo("invalid_client");
        assertThat(clientCredentials("quanlyvanban", newSecret).statusCode()).isEqualTo(200);

        // A disabled client is unknown to the token endpoint; enabled again, it works again.
        assertThat(json(admin.post("/api/admin/clients/quanlyvanban/disable")).get("enabled").asBoolean()).isFalse();
        assertThat(clientCredentials("quanlyvanban", newSecret).statusCode()).isEqualTo(401);
        assertThat(json(admin.post("/api/admin/clients/quanlyvanban/enable")).get("enabled").asBoolean()).isTrue();
        assertThat(clientCredentials("quanlyvanban", newSecret).statusCode()).isEqualTo(200);

        HttpResponse<String> trail = admin.get("/api/admin/audit?type=ADMIN_CHANGE&username=admin@demo.gov.vn&limit=1000");
        List<String> lines = new ArrayList<>();
        for (JsonNode event : json(trail)) {
            lines.add(event.get("reason").asString() + " " + event.get("detail").asString());
        }
        assertThat(lines).anyMatch(l -> l.startsWith("CLIENT_REGISTERED client quanlyvanban CONFIDENTIAL"))
                .contains("CLIENT_SECRET_ROTATED client quanlyvanban", "CLIENT_DISABLED client quanlyvanban",
                        "CLIENT_ENABLED client quanlyvanban")
                .noneMatch(l -> l.contains(secret) || l.contains(newSecret));
    }

    @Test
    void changesProtocolSettingsButNotTheTypeAndKeepsTheSecret() {
        String secret = json(admin.postJson("/api/admin/clients", client("lichcongtac", "CONFIDENTIAL",
                "\"https://lich.demo.gov.vn/cb\"", "[]", true, null))).get("clientSecret").asString();

        HttpResponse<String> updated = admin.putJson("/api/admin/clients/lichcongtac", """
                {"name":"Lịch công tác","redirectUris":["https://lich.demo.gov.vn/cb","http://localhost:8081/cb"],
                 "postLogoutRedirectUris":["https://lich.demo.gov.vn/"],"backchannelLogoutUri":"https://lich.demo.gov.vn/bcl",
                 "initiateLoginUri":"https://lich.demo.gov.vn/sso","scopes":["org","phone"],"firstParty":true,
                 "offlineAccess":true,"clientCredentials":true,"accessTokenSeconds":120,"refreshTokenSeconds":86400}""");
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        JsonNode c = json(updated);
        assertThat(c.get("redirectUris").valueStream().map(JsonNode::asString).toList())
                .containsExactly("https://lich.demo.gov.vn/cb", "http://localhost:8081/cb");
        assertThat(c.get("scopes").valueStream().map(JsonNode::asString).toList())
                .containsExactly("offline_access", "openid", "org", "phone");
        assertThat(c.get("backchannelLogoutUri").asString()).isEqualTo("https://lich.demo.gov.vn/bcl");
        assertThat(c.get("firstParty").asBoolean()).isTrue();
        assertThat(c.get("refreshTokenSeconds").asInt()).isEqualTo(86_400);
        assertThat(updated.body()).doesNotContain("clientSecret");
        assertThat(json(clientCredentials("lichcongtac", secret)).get("expires_in").asInt()).isBetween(118, 120);

        assertProblem(admin.putJson("/api/admin/clients/lichcongtac", client("lichcongtac", "PUBLIC",
                "\"https://lich.demo.gov.vn/cb\"", "[]", false, null)), 400, "type",
                "The client type (confidential / public) cannot change after registration.");
        assertThat(json(admin.get("/api/admin/clients/lichcongtac")).get("type").asString()).isEqualTo("CONFIDENTIAL");
    }

    @Test
    void refusesBadRegistrationsWithTheFieldAtFaultAndStoresNothing() {
        List.of("sai-wildcard", "sai-http", "sai-scope", "sai-thoihan", "sai-public").forEach(this::application);
        assertProblem(admin.postJson("/api/admin/clients", client("sai-wildcard", "CONFIDENTIAL", "\"https://x.gov.vn/*\"", "[]", false, null)),
                400, "redirectUris", "Address \"https://x.gov.vn/*\" is not valid: a full https:// URL is required "
                        + "(http:// only for localhost), without * or #.");
        assertProblem(admin.postJson("/api/admin/clients", client("sai-http", "CONFIDENTIAL", "\"http://x.gov.vn/cb\"", "[]", false, null)),
                400, "redirectUris", "Address \"http://x.gov.vn/cb\" is not valid: a full https:// URL is required "
                        + "(http:// only for localhost), without * or #.");
        assertProblem(admin.postJson("/api/admin/clients", client("sai-scope", "CONFIDENTIAL", "\"https://x.gov.vn/cb\"", "[\"admin\"]", false, null)),
                400, "scopes", "Scope \"admin\" is not supported.");
        assertProblem(admin.postJson("/api/admin/clients", client("sai-thoihan", "CONFIDENTIAL", "\"https://x.gov.vn/cb\"", "[]", false, 5)),
                400, "accessTokenSeconds", "The lifetime must be between 60 and 86,400 seconds.");
        assertProblem(admin.postJson("/api/admin/clients", client("sai-public", "PUBLIC", "\"https://x.gov.vn/cb\"", "[]", true, null)),
                400, "clientCredentials", "A public client cannot use the client credentials grant.");
        assertProblem(admin.postJson("/api/admin/clients", client("Sai Ma!", "CONFIDENTIAL", "\"https://x.gov.vn/cb\"", "[]", false, null)),
                400, "clientId", "An application code has lower-case letters without diacritics, digits and hyphens (2 to 40).");
        for (String id : List.of("sai-wildcard", "sai-http", "sai-scope", "sai-thoihan", "sai-public")) {
            assertThat(admin.get("/api/admin/clients/" + id).statusCode()).as(id).isEqualTo(404);
        }
        assertThat(admin.get("/api/admin/clients").body()).doesNotContain("sai-");
    }

    @Test
    void answers404ForAnUnknownClient409ForATakenIdAndNoSecretForAPublicClient() {
        assertProblem(admin.get("/api/admin/clients/khong-co"), 404, null, "OpenID Connect application not found.");
        assertThat(admin.post("/api/admin/clients/khong-co/secret").statusCode()).isEqualTo(404);
        assertThat(admin.post("/api/admin/clients/khong-co/disable").statusCode()).isEqualTo(404);

        application("hopkhonggiay");
        HttpResponse<String> spa = admin.postJson("/api/admin/clients", client("hopkhonggiay", "PUBLIC", "\"https://hop.demo.gov.vn/cb\"", "[]", false, null));
        assertThat(spa.statusCode()).isEqualTo(201);
        assertThat(json(spa).get("clientSecret").isNull()).isTrue();
        assertProblem(admin.post("/api/admin/clients/hopkhonggiay/secret"), 400, "type", "A public client has no secret.");
        assertProblem(admin.postJson("/api/admin/clients", client("hopkhonggiay", "CONFIDENTIAL", "\"https://x.gov.vn/cb\"", "[]", false, null)),
                409, null, "Application code hopkhonggiay is already registered.");
        assertThat(json(admin.get("/api/admin/clients/hopkhonggiay")).get("type").asString()).isEqualTo("PUBLIC");
    }

    @Test
    void refusesTheClientAndKeyApisToNonAdmins() {
        AdminHttp user = AdminHttp.api(port, AdminHttp.USER);
        assertThat(user.postJson("/api/admin/clients", client("hack", "CONFIDENTIAL", "\"https://x.gov.vn/cb\"", "[]", true, null))
                .statusCode()).isEqualTo(403);
        assertThat(user.get("/api/admin/clients").statusCode()).isEqualTo(403);
        assertThat(user.post("/api/admin/signing-keys/rotate").statusCode()).isEqualTo(403);
        assertThat(AdminHttp.api(port, null).get("/api/admin/signing-keys").statusCode()).isEqualTo(401);
        assertThat(admin.get("/api/admin/clients/hack").statusCode()).isEqualTo(404);
    }

    @Test
    void rotatesSigningKeysKeepingThePreviousOnesInJwks() {
        HttpResponse<String> listed = admin.get("/api/admin/signing-keys");
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).doesNotContain("\"d\"", "\"n\"", "encrypted", "PRIVATE");
        List<String> before = kids(json(listed), "ACTIVE");
        assertThat(before).hasSize(2);

        HttpResponse<String> rotated = admin.post("/api/admin/signing-keys/rotate");
        assertThat(rotated.statusCode()).isEqualTo(200);
        List<String> after = kids(json(rotated), "ACTIVE");
        assertThat(after).hasSize(2).doesNotContainAnyElementsOf(before);
        assertThat(kids(json(rotated), "PREVIOUS")).containsAll(before);
        for (JsonNode key : json(rotated)) {
            if (key.get("status").asString().equals("PREVIOUS")) {
                assertThat(key.get("retireAt").isNull()).isFalse();
            }
        }
        assertThat(json(rotated).valueStream().map(k -> k.get("algorithm").asString()).toList()).contains("RS256", "ES256");

        JsonNode jwks = json(AdminHttp.api(port, null).get("/oauth2/jwks"));
        List<String> published = jwks.get("keys").valueStream().map(k -> k.get("kid").asString()).toList();
        assertThat(published).containsAll(before).containsAll(after);
        assertThat(jwks.get("keys").valueStream()).noneMatch(k -> k.has("d"));

        HttpResponse<String> trail = admin.get("/api/admin/audit?type=ADMIN_CHANGE&username=admin@demo.gov.vn&limit=1000");
        assertThat(json(trail).valueStream().map(e -> e.get("reason").asString() + " " + e.get("detail").asString()))
                .contains("SIGNING_KEYS_ROTATED active " + after);
    }

    @Test
    void publishesTheClientAndKeyPathsInTheOpenApiDocument() {
        JsonNode paths = json(AdminHttp.api(port, null).get("/v3/api-docs")).get("paths");
        assertThat(paths.propertyNames()).contains("/api/admin/clients", "/api/admin/clients/{clientId}",
                "/api/admin/clients/{clientId}/secret", "/api/admin/clients/{clientId}/disable",
                "/api/admin/clients/{clientId}/enable", "/api/admin/signing-keys", "/api/admin/signing-keys/rotate");
        assertThat(paths.get("/api/admin/clients").get("post").get("summary").asString()).startsWith("Register a client");
    }

    /** The token request a server-side application makes: client credentials grant, HTTP Basic. */
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

    private static String client(String id, String type, String redirectUris, String scopes, boolean clientCredentials,
                                 Integer accessTokenSeconds) {
        return "{\"clientId\":\"" + id + "\",\"name\":\"Ứng dụng " + id + "\",\"type\":\"" + type + "\",\"redirectUris\":["
                + redirectUris + "],\"scopes\":" + scopes + ",\"clientCredentials\":" + clientCredentials
                + ",\"accessTokenSeconds\":" + accessTokenSeconds + "}";
    }

    private static List<String> kids(JsonNode keys, String status) {
        return keys.valueStream().filter(k -> k.get("status").asString().equals(status)).map(k -> k.get("kid").asString()).toList();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String field, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode problem = json(response);
        assertThat(problem.get("detail").asString()).isEqualTo(detail);
        if (field != null) {
            assertThat(problem.get("field").asString()).isEqualTo(field);
        }
    }
}
