package vn.dangnhap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The benchmark harness end to end against Dangnhap, so that it cannot rot: the packaged jar is
 * started on H2 with 20 users exactly as the full benchmark starts it, and every Dangnhap
 * scenario runs for a couple of seconds at concurrency 1. Only success is asserted: every
 * operation that ended (warm-up included) succeeded, and there was at least one. No timing.
 */
class SmokeTest {

    @Test
    void everyScenarioSucceedsAgainstDangnhapOnH2() throws Exception {
        Path jar = Path.of(System.getProperty("bench.serverJar", "../server/target/dangnhap.jar"));
        assertThat(jar).as("the server jar (built by ./mvnw verify before this module; or ./mvnw -pl server package)")
                .isRegularFile();
        Path work = Path.of(System.getProperty("bench.resultsDir", "target/smoke"));
        Options o = Options.parse(new String[] {
                "--targets", "dangnhap-h2", "--users", "20", "--concurrency", "1", "--warmup", "0",
                "--duration", "1.5", "--rounds", "1", "--target-warmup", "0", "--no-jmh", "--no-sessions"});
        o.jar = jar;
        o.work = work.resolve("run");
        Report report = Driver.run(o);

        assertThat(report.coldStarts()).containsKey("dangnhap-h2");
        List<String> scenarios = List.of("login", "sso", "client-credentials", "refresh", "userinfo", "cas", "introspect");
        for (String scenario : scenarios) {
            List<RunResult> runs = report.runs().get(scenario + "|1|dangnhap-h2");
            assertThat(runs).as(scenario).hasSize(1);
            RunResult r = runs.get(0);
            assertThat(r.setupErrors()).as(scenario + ": failed setups (login for a session or a token)").isZero();
            assertThat(r.allErrors()).as(scenario + ": failed operations").isZero();
            assertThat(r.allOk()).as(scenario + ": successful operations").isPositive();
        }
        String markdown = report.markdown();
        assertThat(markdown).contains("| dangnhap-h2 | 1 |").contains("7. token introspection");
        Files.createDirectories(work);
        Files.writeString(work.resolve("smoke-report.md"), markdown);
    }
}
