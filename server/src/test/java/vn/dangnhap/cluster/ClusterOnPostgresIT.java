package vn.dangnhap.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The default cluster (docs/cluster.md): two nodes on one PostgreSQL database holding the sessions,
 * cache changes announced with {@code LISTEN/NOTIFY}, nginx in front. The node-loss run comes last:
 * it kills node A.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterOnPostgresIT extends ClusterContract {

    private static Cluster cluster;

    @BeforeAll
    static void start() throws Exception {
        cluster = Cluster.onPostgres(Path.of("target", "cluster", "postgres"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void losingANodeUnderLoadLosesOnlyTheRequestsInFlightOnItAndNoSessionNorToken() throws Exception {
        cluster.application(cluster.a(), "load-cluster");
        String secret = cluster.client(cluster.a(), "load-cluster", REDIRECT, null);
        Duration run = Duration.ofSeconds(24);
        Duration killAt = Duration.ofSeconds(10);

        NodeLoss.Report report = new NodeLoss(cluster, "load-cluster", secret).run(run, killAt);
        String markdown = report.markdown(run, killAt);
        NodeLoss.write(Path.of("target", "cluster", "node-loss.md"), markdown);
        System.out.println(markdown);

        assertThat(report.logins()).as("the load ran").isGreaterThan(10);
        assertThat(report.failed()).as(markdown).isEqualTo(report.failedInFlight());
        assertThat(report.sessionsLost()).as(markdown).isZero();
        assertThat(report.tokensLost()).as(markdown).isZero();
    }

    @Override
    Cluster cluster() {
        return cluster;
    }
}
