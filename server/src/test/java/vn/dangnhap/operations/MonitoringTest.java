package vn.dangnhap.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangnhap.testsupport.DemoPortalTest;
import vn.dangnhap.testsupport.FormClient;

/** The monitoring endpoints docs/operations.md names answer, and every metric it lists exists. */
@DemoPortalTest
class MonitoringTest {

    private static final Pattern DOCUMENTED_METRIC = Pattern.compile("^\\| `([a-z_]+)` \\|", Pattern.MULTILINE);

    @LocalServerPort
    int port;

    @Test
    void healthAndPrometheusAnswerWithTheDocumentedMetrics() throws IOException {
        FormClient client = new FormClient(port);
        HttpResponse<String> health = client.get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");

        HttpResponse<String> prometheus = client.get("/actuator/prometheus");
        assertThat(prometheus.statusCode()).isEqualTo(200);
        Set<String> exposed = new TreeSet<>();
        for (String line : prometheus.body().lines().toList()) {
            if (!line.isBlank() && !line.startsWith("#")) {
                exposed.add(line.split("[{ ]", 2)[0]);
            }
        }
        Files.writeString(Path.of("target/prometheus-metric-names.txt"), String.join("\n", exposed));

        Path docs = Path.of("docs/operations.md");
        if (!Files.exists(docs)) {
            docs = Path.of("../docs/operations.md");
        }
        Set<String> documented = new TreeSet<>();
        Matcher m = DOCUMENTED_METRIC.matcher(Files.readString(docs));
        while (m.find()) {
            documented.add(m.group(1));
        }
        assertThat(documented).isNotEmpty();
        assertThat(exposed).containsAll(documented);
    }
}
