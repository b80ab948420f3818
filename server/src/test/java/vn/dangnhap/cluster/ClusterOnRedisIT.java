package vn.dangnhap.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.dangnhap.testsupport.FormClient;

/**
 * The larger cluster (docs/cluster.md): sessions and cache changes in Redis (Debian's
 * {@code redis-server}, started by the test without persistence), the rest in PostgreSQL. The same
 * contract as on PostgreSQL alone; and a Redis restart makes people sign in again at worst.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterOnRedisIT extends ClusterContract {

    private static RedisServer redis;
    private static Cluster cluster;

    @BeforeAll
    static void start() throws Exception {
        Path dir = Path.of("target", "cluster", "redis");
        redis = new RedisServer(NodeProcess.freePort(), dir.resolve("redis")).start();
        cluster = Cluster.withRedis(dir, redis.url());
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
        if (redis != null) {
            redis.close();
        }
    }

    @Override
    Cluster cluster() {
        return cluster;
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void aRedisOutageAnswers503AndItsRestartMakesPeopleSignInAgainAndNothingElse() throws Exception {
        FormClient browser = signedIn(cluster.a());
        assertThat(browser.get(cluster.url() + "/").statusCode()).isEqualTo(200);

        redis.stop();
        HttpResponse<String> during = browser.get(cluster.a().url() + "/");
        assertThat(during.statusCode()).isEqualTo(503);
        assertThat(during.headers().firstValue("Retry-After")).isPresent();
        assertThat(during.body()).contains("tạm gián đoạn").doesNotContain("Exception");
        HttpResponse<String> api = browser.get(cluster.a().url() + "/api/admin/units");
        assertThat(api.statusCode()).isIn(401, 503);

        redis.start();
        long deadline = System.nanoTime() + 20_000_000_000L;
        HttpResponse<String> after = browser.get(cluster.url() + "/");
        while (after.statusCode() == 503 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            after = browser.get(cluster.url() + "/");
        }
        assertThat(after.statusCode()).as("the session was in the Redis that restarted: sign in again").isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).contains("/login");
        FormClient again = signedIn(cluster.b());
        assertThat(again.get(cluster.url() + "/").statusCode()).isEqualTo(200);

        // keyspace notifications (session expiry events) are switched on again within 30 s
        deadline = System.nanoTime() + 40_000_000_000L;
        while (!redis.config("notify-keyspace-events").contains("E") && System.nanoTime() < deadline) {
            Thread.sleep(1000);
        }
        assertThat(redis.config("notify-keyspace-events")).contains("E").containsAnyOf("g", "A");
    }
}
