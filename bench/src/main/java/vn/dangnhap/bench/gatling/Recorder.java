package vn.dangnhap.bench.gatling;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.json.JsonMapper;
import vn.dangnhap.bench.ProcStats;

/**
 * Latencies of whole operations (one login = several HTTP requests), counted only when they end
 * inside the measurement window. The window opens {@code warmup} seconds after every virtual user
 * finished its setup (e.g. the login that gives it a session or a token) and lasts
 * {@code duration} seconds; the server's CPU time and peak RSS are sampled at both ends.
 */
public final class Recorder {

    private static final Object LOCK = new Object();
    private static long[] latencies = new long[1 << 16];
    private static int count;
    private static final AtomicLong errors = new AtomicLong();
    private static final AtomicLong allOk = new AtomicLong();
    private static final AtomicLong allErrors = new AtomicLong();
    private static final AtomicLong setupErrors = new AtomicLong();
    private static final AtomicInteger setupsDone = new AtomicInteger();
    private static volatile long windowStart = Long.MAX_VALUE;
    private static volatile long windowEnd = Long.MAX_VALUE;
    private static volatile ProcStats.Sample cpuStart;
    private static volatile ProcStats.Sample cpuEnd;
    private static ScheduledExecutorService timer;
    private static int users;
    private static double warmupSeconds;
    private static double durationSeconds;
    private static long pid;
    private static long stopAfter;

    private Recorder() {
    }

    static void reset(int concurrency, double warmup, double duration, long serverPid, long stopAfterOps) {
        stopAfter = stopAfterOps;
        synchronized (LOCK) {
            latencies = new long[1 << 16];
            count = 0;
        }
        errors.set(0);
        allOk.set(0);
        allErrors.set(0);
        setupErrors.set(0);
        setupsDone.set(0);
        windowStart = Long.MAX_VALUE;
        windowEnd = Long.MAX_VALUE;
        cpuStart = null;
        cpuEnd = null;
        users = concurrency;
        warmupSeconds = warmup;
        durationSeconds = duration;
        pid = serverPid;
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bench-window");
            t.setDaemon(true);
            return t;
        });
    }

    /** A virtual user finished its setup; the last one opens the warm-up. */
    static void setupDone(boolean ok) {
        if (!ok) {
            setupErrors.incrementAndGet();
        }
        if (setupsDone.incrementAndGet() == users) {
            long now = System.nanoTime();
            long start = now + (long) (warmupSeconds * 1e9);
            long end = start + (long) (durationSeconds * 1e9);
            windowStart = start;
            windowEnd = end;
            timer.schedule(() -> cpuStart = ProcStats.sample(pid), start - now, TimeUnit.NANOSECONDS);
            timer.schedule(() -> cpuEnd = ProcStats.sample(pid), end - now, TimeUnit.NANOSECONDS);
        }
    }

    /** True while virtual users should go on starting operations. */
    static boolean running() {
        if (stopAfter > 0 && count >= stopAfter) {
            windowEnd = Math.min(windowEnd, System.nanoTime());
            return false;
        }
        return System.nanoTime() < windowEnd;
    }

    static void record(long startNanos, boolean ok) {
        long end = System.nanoTime();
        (ok ? allOk : allErrors).incrementAndGet();
        if (end < windowStart || end > windowEnd) {
            return;
        }
        if (!ok) {
            errors.incrementAndGet();
            return;
        }
        long micros = (end - startNanos) / 1_000;
        synchronized (LOCK) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = micros;
        }
    }

    /** Writes what was measured as JSON (read back by the driver as {@link RunResult}). */
    static void write(Path file, String scenario) throws Exception {
        timer.shutdown();
        timer.awaitTermination(5, TimeUnit.SECONDS);
        long[] sorted;
        synchronized (LOCK) {
            sorted = Arrays.copyOf(latencies, count);
        }
        Arrays.sort(sorted);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("scenario", scenario);
        out.put("concurrency", users);
        out.put("seconds", windowEnd == Long.MAX_VALUE || windowStart == Long.MAX_VALUE ? durationSeconds
                : Math.min(durationSeconds, (windowEnd - windowStart) / 1e9));
        out.put("ok", sorted.length);
        out.put("errors", errors.get());
        out.put("setupErrors", setupErrors.get());
        out.put("allOk", allOk.get());
        out.put("allErrors", allErrors.get());
        out.put("p50Ms", percentile(sorted, 0.50));
        out.put("p95Ms", percentile(sorted, 0.95));
        out.put("p99Ms", percentile(sorted, 0.99));
        out.put("meanMs", sorted.length == 0 ? 0 : Arrays.stream(sorted).average().orElse(0) / 1000.0);
        boolean sampled = cpuStart != null && cpuEnd != null && cpuStart.valid() && cpuEnd.valid();
        out.put("cpuSeconds", sampled ? cpuEnd.cpuSeconds() - cpuStart.cpuSeconds() : -1);
        out.put("peakRssMb", cpuEnd != null && cpuEnd.valid() ? cpuEnd.peakRssMb() : -1);
        out.put("rssMb", cpuEnd != null && cpuEnd.valid() ? cpuEnd.rssMb() : -1);
        Files.createDirectories(file.toAbsolutePath().getParent());
        JsonMapper.builder().build().writeValue(file.toFile(), out);
    }

    private static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1000.0;
    }
}
