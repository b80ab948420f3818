package vn.dangnhap.bench;

/**
 * What one run measured (written by the simulation's {@code Recorder}).
 *
 * @param cpuSeconds server CPU time (user + system) within the window; -1 when not sampled
 * @param allOk      successful operations including warm-up and those ending after the window
 * @param allErrors  failed operations including warm-up and those ending after the window
 */
public record RunResult(String scenario, int concurrency, double seconds, long ok, long errors, long setupErrors,
                        long allOk, long allErrors,
                        double p50Ms, double p95Ms, double p99Ms, double meanMs, double cpuSeconds,
                        double peakRssMb, double rssMb) {

    public double throughput() {
        return seconds <= 0 ? 0 : ok / seconds;
    }

    /** Server CPU milliseconds per successful operation; NaN when unknown. */
    public double cpuMsPerOp() {
        return cpuSeconds < 0 || ok == 0 ? Double.NaN : cpuSeconds * 1000.0 / ok;
    }

    /** Operations per server CPU-second; NaN when unknown. */
    public double opsPerCpuSecond() {
        return cpuSeconds <= 0 || ok == 0 ? Double.NaN : ok / cpuSeconds;
    }
}
