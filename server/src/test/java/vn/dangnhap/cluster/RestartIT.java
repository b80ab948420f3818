package vn.dangnhap.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.dangnhap.testsupport.FormClient;

/**
 * A default install — one node on its embedded H2 file — restarted as {@code systemctl restart}
 * does (SIGTERM, start again): the people signed in stay signed in, and a back-channel logout that
 * could not be delivered before the restart is delivered after it.
 */
class RestartIT {

    @Test
    void aRestartKeepsSessionsAndDeliversTheLogoutNoticeItCouldNotSendBefore() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "cluster", "restart"));
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        int receiverPort = NodeProcess.freePort();
        List<String> arguments = List.of("--spring.profiles.active=demo",
                "--spring.datasource.url=jdbc:h2:file:" + dir.toAbsolutePath().resolve("data-" + System.nanoTime())
                        + "/dangnhap;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--dangnhap.password.lifecycle.cron=-",
                "--dangnhap.session.logout-delivery-interval=PT1S");
        NodeProcess node = new NodeProcess("single", NodeProcess.freePort(), arguments,
                Map.of("DANGNHAP_MASTER_KEY", Base64.getEncoder().encodeToString(key)), dir);
        List<String> logoutTokens = new CopyOnWriteArrayList<>();
        HttpServer receiver = null;
        try {
            node.start();
            admin(node, "/api/admin/applications", """
                    {"code":"restart-app","name":"Ứng dụng","launchUrl":"https://restart.example.test/","accessRules":["*"]}""");
            String client = admin(node, "/api/admin/clients", """
                    {"clientId":"restart-app","name":"Ứng dụng","type":"CONFIDENTIAL","redirectUris":["%s"],
                     "backchannelLogoutUri":"http://127.0.0.1:%d/backchannel","scopes":["openid","profile","email"],
                     "firstParty":true,"offlineAccess":true}"""
                    .formatted(ClusterContract.REDIRECT, receiverPort));
            Matcher secret = Pattern.compile("\"clientSecret\"\\s*:\\s*\"([^\"]+)\"").matcher(client);
            assertThat(secret.find()).isTrue();

            FormClient staying = ClusterContract.signedIn(node, "nguyenvanan@demo.gov.vn");
            FormClient leaving = ClusterContract.signedIn(node, "tranthibinh@demo.gov.vn");
            ClusterContract.token(node, "restart-app", secret.group(1), new AuthorizationCodeGrant(
                    new AuthorizationCode(ClusterContract.code(leaving, node, "restart-app")), URI.create(ClusterContract.REDIRECT)));
            // the application is down: the notice fails and waits for its retry
            leaving.postForm("/logout", Map.of("_csrf", FormClient.csrfToken(leaving.get("/").body())));
            Thread.sleep(1500);

            node.stop();
            receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", receiverPort), 0);
            receiver.createContext("/backchannel", exchange -> {
                logoutTokens.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            receiver.start();
            node.start();

            HttpResponse<String> portal = staying.get(node.url() + "/");
            assertThat(portal.statusCode()).as("still signed in after the restart").isEqualTo(200);
            assertThat(portal.body()).contains("Nguyễn Văn An");
            assertThat(leaving.get(node.url() + "/").statusCode()).as("the one who logged out stays out").isEqualTo(302);

            long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            while (logoutTokens.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(logoutTokens).as("the queued back-channel logout, delivered after the restart").hasSize(1);
            assertThat(logoutTokens.get(0)).startsWith("logout_token=");
        } finally {
            node.stop();
            if (receiver != null) {
                receiver.stop(0);
            }
        }
    }

    private static String admin(NodeProcess node, String path, String json) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(node.url() + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("admin@demo.gov.vn:" + Cluster.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response.body();
    }
}
