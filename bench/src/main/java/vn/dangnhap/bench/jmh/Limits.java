package vn.dangnhap.bench.jmh;

import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs the JMH benchmarks (one thread, one fork) and returns operations per second per core. */
public final class Limits {

    private Limits() {
    }

    /**
     * @param seconds length of each measurement iteration (warm-up: one iteration of the same length)
     * @param memoryKib, iterations, parallelism the Argon2id parameters
     */
    public static Map<String, Double> measure(int seconds, int iterationsMeasured, int memoryKib, int iterations,
                                              int parallelism) throws Exception {
        Options options = new OptionsBuilder()
                .include(Argon2Benchmark.class.getName())
                .include(SignatureBenchmark.class.getName())
                .param("memoryKib", Integer.toString(memoryKib))
                .param("iterations", Integer.toString(iterations))
                .param("parallelism", Integer.toString(parallelism))
                .forks(1)
                .threads(1)
                .warmupIterations(1)
                .warmupTime(TimeValue.seconds(seconds))
                .measurementIterations(iterationsMeasured)
                .measurementTime(TimeValue.seconds(seconds))
                .shouldFailOnError(true)
                .build();
        Map<String, Double> result = new LinkedHashMap<>();
        for (RunResult r : new Runner(options).run()) {
            String label = r.getParams().getBenchmark().replaceAll(".*\\.", "")
                    .replace("verify", "argon2id").replace("rs256", "RS256").replace("es256", "ES256");
            result.put(label, r.getPrimaryResult().getScore());
        }
        return result;
    }

    public static void main(String[] args) throws Exception {
        measure(2, 2, 19456, 2, 1).forEach((k, v) -> System.out.printf("%s: %.1f ops/s/core%n", k, v));
    }
}
