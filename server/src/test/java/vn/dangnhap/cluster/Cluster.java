package vn.dangnhap.cluster;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dangnhap.testsupport.PostgresTestDatabase;

/**
 * Two Dangnhap nodes on one PostgreSQL database (and Redis when given), behind nginx, configured
 * as docs/cluster.md says: the same database, master key and issuer on every node, the demo
 * province loaded by the first node to start.
 */
final class Cluster implements AutoCloseable {

    static final String PASSWORD = "Demo@2026";

    private final Path dir;
    private final List<NodeProcess> nodes = new ArrayList<>();
    private final LoadBalancer balancer;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Cluster(Path dir, int size, String redisUrl) throws Exception {
        this.dir = dir;
        Files.createDirectories(dir);
        PostgresTestDatabase.Database database = PostgresTestDatabase.create();
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        int balancerPort = NodeProcess.freePort();
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("DANGNHAP_MASTER_KEY", Base64.getEncoder().encodeToString(key));
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.profiles.active=demo",
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--spring.datasource.hikari.maximum-pool-size=8",
                "--dangnhap.oidc.issuer=http://127.0.0.1:" + balancerPort,
                "--dangnhap.password.lifecycle.cron=-",
                "--dangnhap.login.throttle.max-failures=1000",
                "--dangnhap.login.throttle.client-max-failures=100000",
                "--dangnhap.session.logout-delivery-interval=PT1S"));
        if (redisUrl != null) {
            arguments.add("--dangnhap.cluster.redis-url=" + redisUrl);
        }
        for (int i = 0; i < size; i++) {
            String name = "node-" + (char) ('a' + i);
            nodes.add(new NodeProcess(name, NodeProcess.freePort(), arguments, environment, dir));
        }
        // the first node loads the demo province; the others start on it
        for (NodeProcess node : nodes) {
            node.start();
        }
        balancer = new LoadBalancer(dir.resolve("nginx"), balancerPort).start(nodes);
    }

    static Cluster onPostgres(Path dir) throws Exception {
        return new Cluster(dir, 2, null);
    }

    static Cluster withRedis(Path dir, String redisUrl) throws Exception {
        return new Cluster(dir, 2, redisUrl);
    }

    NodeProcess a() {
        return nodes.get(0);
    }

    NodeProcess b() {
        return nodes.get(1);
    }

    String url() {
        return balancer.url();
    }

    String issuer() {
        return balancer.url();
    }

    Path dir() {
        return dir;
    }

    // --- the admin API (docs/admin-api.md), as an operator's script would call it ---

    /** An application every official may open. */
    void application(NodeProcess node, String code) throws Exception {
        admin(node, "POST", "/api/admin/applications", """
                {"code":"%s","name":"Ứng dụng %s","launchUrl":"https://%s.example.test/","accessRules":["*"]}"""
                .formatted(code, code, code), 201);
    }

    /** A confidential client for the application {@code code}; returns its secret. */
    String client(NodeProcess node, String code, String redirectUri, String backchannelUri) throws Exception {
        String body = admin(node, "POST", "/api/admin/clients", """
                {"clientId":"%s","name":"Ứng dụng %s","type":"CONFIDENTIAL","redirectUris":["%s"],
                 "backchannelLogoutUri":%s,"scopes":["openid","profile","email"],"firstParty":true,"offlineAccess":true,
                 "clientCredentials":true}"""
                .formatted(code, code, redirectUri, backchannelUri == null ? "null" : "\"" + backchannelUri + "\""), 201);
        Matcher secret = Pattern.compile("\"clientSecret\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        if (!secret.find()) {
            throw new IllegalStateException("no client secret in " + body);
        }
        return secret.group(1);
    }

    void casService(NodeProcess node, String code, String servicePattern) throws Exception {
        admin(node, "POST", "/api/admin/cas-services", """
                {"code":"%s","name":"Ứng dụng %s","servicePattern":"%s","sloEnabled":false}"""
                .formatted(code, code, servicePattern), 201);
    }

    /** The official's account id, by e-mail. */
    String officialId(NodeProcess node, String email) throws Exception {
        String body = admin(node, "GET", "/api/admin/officials?text=" + email, null, 200);
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(body);
        if (!id.find()) {
            throw new IllegalStateException("no official " + email + " in " + body);
        }
        return id.group(1);
    }

    void lock(NodeProcess node, String accountId) throws Exception {
        admin(node, "POST", "/api/admin/officials/" + accountId + "/lock", "{}", 200);
    }

    String admin(NodeProcess node, String method, String path, String json, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url() + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("admin@demo.gov.vn:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(20));
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " on " + node.name() + ": " + response.statusCode()
                    + " " + response.body());
        }
        return response.body();
    }

    @Override
    public void close() throws Exception {
        if (balancer != null) {
            balancer.close();
        }
        for (NodeProcess node : nodes) {
            node.stop();
        }
    }
}
