package vn.dangnhap.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.dangnhap.bench.gatling.BenchSimulation;
import vn.dangnhap.bench.gatling.RunSpec;

/** Runs {@link BenchSimulation} in this JVM (Gatling's own launcher) and reads back its result. */
public final class GatlingRun {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private GatlingRun() {
    }

    public static synchronized RunResult run(RunSpec spec, Path gatlingResults) throws Exception {
        Path output = Path.of(spec.output());
        Files.deleteIfExists(output);
        Map<String, String> properties = spec.toProperties();
        properties.forEach(System::setProperty);
        int status;
        try {
            status = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {
                    "--simulation", BenchSimulation.class.getName(),
                    "--results-folder", gatlingResults.toAbsolutePath().toString(),
                    "--no-reports",
                    "--run-description", spec.scenario() + " c=" + spec.concurrency()});
        } finally {
            properties.keySet().forEach(System::clearProperty);
        }
        if (!Files.exists(output)) {
            throw new IllegalStateException("Gatling ended with status " + status + " and wrote no result for "
                    + spec.scenario() + " (see the log above)");
        }
        return JSON.readValue(output.toFile(), RunResult.class);
    }
}
