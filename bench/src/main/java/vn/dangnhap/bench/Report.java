package vn.dangnhap.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.dangnhap.bench.gatling.Scenario;

/** Collects the figures of one benchmark and writes {@code bench/results/<date>.md}. */
public final class Report {

    /** Sessions phase of one target. */
    public record Sessions(long opened, long errors, double seconds, double rssBeforeMb, double rssAfterMb,
                           double peakRssMb) {
    }

    /** Runs of one scenario × concurrency × target, all rounds merged. */
    public record Cell(long ok, long errors, double seconds, double p50, double p95, double p99, double cpuSeconds,
                       double peakRssMb, int rounds) {

        double throughput() {
            return seconds <= 0 ? 0 : ok / seconds;
        }

        double cpuMsPerOp() {
            return cpuSeconds <= 0 || ok == 0 ? Double.NaN : cpuSeconds * 1000 / ok;
        }

        double opsPerCpuSecond() {
            return cpuSeconds <= 0 || ok == 0 ? Double.NaN : ok / cpuSeconds;
        }
    }

    final Options options;
    final Map<String, String> machine;
    final Map<String, String> versions = new LinkedHashMap<>();
    final Map<String, Double> limits = new LinkedHashMap<>();
    final Map<String, Double> coldStartMs = new LinkedHashMap<>();
    final Map<String, List<RunResult>> runs = new LinkedHashMap<>();
    final Map<String, Sessions> sessions = new LinkedHashMap<>();
    double totalSeconds;
    private final ZonedDateTime started = ZonedDateTime.now(ZoneOffset.UTC);

    Report(Options options, Map<String, String> machine) {
        this.options = options;
        this.machine = machine;
        versions.put("Dangnhap", jarVersion(options.jar));
    }

    private static String jarVersion(Path jar) {
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            String version = file.getManifest().getMainAttributes().getValue("Implementation-Version");
            return (version == null ? "?" : version) + " (" + jar + ", built "
                    + Files.getLastModifiedTime(jar).toInstant().truncatedTo(java.time.temporal.ChronoUnit.MINUTES) + ")";
        } catch (Exception e) {
            return jar.toString();
        }
    }

    void add(String scenario, int concurrency, String target, RunResult r) {
        runs.computeIfAbsent(key(scenario, concurrency, target), k -> new ArrayList<>()).add(r);
    }

    public Map<String, List<RunResult>> runs() {
        return runs;
    }

    public Map<String, Sessions> sessions() {
        return sessions;
    }

    public Map<String, Double> coldStarts() {
        return coldStartMs;
    }

    Cell cell(String scenario, int concurrency, String target) {
        List<RunResult> list = runs.get(key(scenario, concurrency, target));
        if (list == null || list.isEmpty()) {
            return null;
        }
        long ok = 0;
        long errors = 0;
        double seconds = 0;
        double p50 = 0;
        double p95 = 0;
        double p99 = 0;
        double cpu = 0;
        double rss = 0;
        boolean cpuKnown = true;
        for (RunResult r : list) {
            ok += r.ok();
            errors += r.errors() + r.setupErrors();
            seconds += r.seconds();
            p50 += r.p50Ms() / list.size();
            p95 += r.p95Ms() / list.size();
            p99 += r.p99Ms() / list.size();
            cpuKnown &= r.cpuSeconds() >= 0;
            cpu += r.cpuSeconds();
            rss = Math.max(rss, r.peakRssMb());
        }
        return new Cell(ok, errors, seconds, p50, p95, p99, cpuKnown ? cpu : -1, rss, list.size());
    }

    private static String key(String scenario, int concurrency, String target) {
        return scenario + "|" + concurrency + "|" + target;
    }

    Path write(Path dir) throws Exception {
        Files.createDirectories(dir);
        String name = LocalDate.now(ZoneOffset.UTC) + (options.quick ? "-quick" : "")
                + (options.label.isBlank() ? "" : "-" + options.label) + ".md";
        Path file = dir.resolve(name);
        Files.writeString(file, markdown());
        return file;
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark: Dangnhap and Keycloak side by side\n\n");
        if (options.quick) {
            md.append("> **Quick smoke run: figures not meaningful** (tiny data set, seconds per run, one low concurrency;\n"
                    + "> the machine may be shared). It shows the harness works end to end, nothing more.\n\n");
        }
        md.append("Started ").append(started.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)).append(" UTC, took ")
                .append(f0(totalSeconds / 60)).append(" min. Command: `bench/run")
                .append(options.quick ? " --quick" : "").append("` (see bench/README.md).\n\n");

        md.append("## Machine\n\n| | |\n|---|---|\n");
        machine.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        versions.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        md.append("\n");

        md.append("## Set-up\n\n");
        md.append("- ").append(String.format(Locale.ROOT, "%,d", options.users)).append(" users in each target, logins pick one at random; "
                + "the same Argon2id hash for all (m=19456 KiB, t=2, p=1, 32-byte hash: Dangnhap's defaults; "
                + "Keycloak's argon2 provider set to the same parameters, realm policy `hashAlgorithm(argon2)`).\n");
        md.append("- Brute-force protection off on both (Keycloak realm `bruteForceProtected=false`; Dangnhap's "
                + "throttle limits raised to 1,000,000).\n");
        md.append("- Heap option for both JVMs: `").append(options.heap).append("`.\n");
        md.append("- Closed model: each virtual user does its setup (a password login where the scenario needs a "
                + "session or token), then repeats the operation; ").append(f1(options.warmup))
                .append(" s warm-up, ").append(f1(options.duration)).append(" s measured, ").append(options.rounds)
                .append(" round(s) (dangnhap-h2: ").append(Math.min(options.h2Rounds, options.rounds))
                .append("), targets alternating within each round. Latencies are of whole operations "
                + "(scenario 1 = 4–5 HTTP requests). CPU = the server process's user+system time "
                + "(/proc/<pid>/stat) within the measured window; the load generator runs on the same cores.\n\n");

        if (!limits.isEmpty()) {
            md.append("## Physical limits (JMH, one thread)\n\n| operation | per second per core | ms each |\n|---|---:|---:|\n");
            limits.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(f1(v)).append(" | ")
                    .append(f2(1000 / v)).append(" |\n"));
            md.append("\n");
        }

        if (!coldStartMs.isEmpty()) {
            md.append("## Cold start (launch to the first served discovery request)\n\n| target | seconds |\n|---|---:|\n");
            coldStartMs.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(f1(v / 1000)).append(" |\n"));
            md.append("\n");
        }

        md.append("## Scenarios\n\n");
        for (String s : options.scenarios) {
            Scenario scenario = Scenario.of(s);
            if (options.targets.stream().noneMatch(t -> options.concurrency.stream().anyMatch(c -> cell(s, c, t) != null))) {
                continue;
            }
            md.append("### ").append(scenario.title).append("\n\n");
            md.append("| target | concurrency | ops/s | p50 ms | p95 ms | p99 ms | errors | server CPU ms/op | ops per CPU-s | peak RSS MB |\n");
            md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (int c : options.concurrency) {
                for (String t : options.targets) {
                    Cell cell = cell(s, c, t);
                    if (cell == null) {
                        continue;
                    }
                    md.append("| ").append(t).append(" | ").append(c).append(" | ").append(f1(cell.throughput()))
                            .append(" | ").append(f1(cell.p50())).append(" | ").append(f1(cell.p95())).append(" | ")
                            .append(f1(cell.p99())).append(" | ").append(cell.errors()).append(" | ")
                            .append(f2(cell.cpuMsPerOp())).append(" | ").append(f1(cell.opsPerCpuSecond()))
                            .append(" | ").append(f0(cell.peakRssMb())).append(" |\n");
                }
            }
            md.append("\n");
            ratios(md, s);
        }

        if (!sessions.isEmpty()) {
            md.append("## Memory after many SSO sessions\n\n");
            md.append("Fresh start, then password logins until the sessions exist: the login page and the form "
                    + "POST, its redirect not followed (Dangnhap: GET /login, POST /login; Keycloak: GET the "
                    + "authorization endpoint, POST the form: a user session with one client session); for this phase every user's hash was replaced by a cheap Argon2id hash "
                    + "(m=256 KiB, t=1) and the server set to the same parameters, so that opening the sessions "
                    + "takes minutes, not hours; sessions do not depend on the hash. The phase stops after "
                    + f0(options.sessionsMaxSeconds) + " s per target if the count is not reached.\n\n");
            md.append("| target | sessions | errors | seconds | RSS before MB | RSS after MB | peak RSS MB |\n|---|---:|---:|---:|---:|---:|---:|\n");
            sessions.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v.opened()).append(" | ")
                    .append(v.errors()).append(" | ").append(f0(v.seconds())).append(" | ").append(f0(v.rssBeforeMb()))
                    .append(" | ").append(f0(v.rssAfterMb())).append(" | ").append(f0(v.peakRssMb())).append(" |\n"));
            md.append("\n");
        }

        goals(md);
        return md.toString();
    }

    private void ratios(StringBuilder md, String s) {
        if (!options.targets.contains("keycloak") || Scenario.of(s).casOnly) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (int c : options.concurrency) {
            Cell kc = cell(s, c, "keycloak");
            for (String t : List.of("dangnhap-pg", "dangnhap-h2")) {
                Cell d = cell(s, c, t);
                if (kc == null || d == null) {
                    continue;
                }
                lines.add("| " + t + " / keycloak | " + c + " | " + ratio(d.throughput(), kc.throughput()) + " | "
                        + ratio(d.opsPerCpuSecond(), kc.opsPerCpuSecond()) + " | " + ratio(d.p99(), kc.p99()) + " |");
            }
        }
        if (!lines.isEmpty()) {
            md.append("| ratio | concurrency | throughput | ops per CPU-s | p99 |\n|---|---:|---:|---:|---:|\n");
            lines.forEach(l -> md.append(l).append("\n"));
            md.append("\n");
        }
    }

    private void goals(StringBuilder md) {
        md.append("## Goals of issue 8\n\n");
        md.append("Reported, not asserted. Ratios use server CPU per operation (ops per CPU-second), the fair "
                + "measure when the load generator shares the cores; Dangnhap on PostgreSQL is compared with "
                + "Keycloak on the same PostgreSQL (H2 when PostgreSQL was not run).\n\n");
        md.append("| goal | measured | verdict |\n|---|---|---|\n");
        String dn = options.targets.contains("dangnhap-pg") ? "dangnhap-pg" : "dangnhap-h2";
        goalRatio(md, "password logins per CPU-second ≥ 2× Keycloak", "login", dn, 2.0);
        goalRatio(md, "client-credentials grants ≥ 3× Keycloak", "client-credentials", dn, 3.0);
        goalRatio(md, "refresh grants ≥ 3× Keycloak", "refresh", dn, 3.0);
        Double argon = limits.get("argon2id");
        for (int c : options.concurrency) {
            Cell login = cell("login", c, dn);
            if (argon != null && login != null && !Double.isNaN(login.cpuMsPerOp())) {
                double hashMs = 1000 / argon;
                double overhead = (login.cpuMsPerOp() - hashMs) / hashMs;
                md.append("| protocol overhead ≤ 10 % of the hash in scenario 1 (c=").append(c).append(") | ")
                        .append(f2(login.cpuMsPerOp())).append(" ms CPU per login vs ").append(f2(hashMs))
                        .append(" ms per hash: overhead ").append(String.format(Locale.ROOT, "%.0f", overhead * 100))
                        .append(" %; logins reach ").append(f0(100 * login.opsPerCpuSecond() / argon))
                        .append(" % of the Argon2 limit | ")
                        .append(overhead < 0 ? "unusable: a login cost less CPU than one JMH hash (limits measured under other load)"
                                : overhead <= 0.10 ? "met" : "not met, by " + f0((overhead - 0.10) * 100) + " points")
                        .append(" |\n");
            }
        }
        Double rs = limits.get("RS256");
        for (int c : options.concurrency) {
            Cell cc = cell("client-credentials", c, dn);
            if (rs != null && cc != null && !Double.isNaN(cc.opsPerCpuSecond())) {
                md.append("| (context) client credentials at c=").append(c).append(" vs the RS256 limit | ")
                        .append(f0(cc.opsPerCpuSecond())).append(" grants per CPU-s = ")
                        .append(f0(100 * cc.opsPerCpuSecond() / rs)).append(" % of ").append(f0(rs))
                        .append(" signatures/s/core | — |\n");
            }
        }
        coldStartMs.forEach((t, ms) -> {
            if (t.startsWith("dangnhap")) {
                md.append("| cold start ≤ 3 s (").append(t).append(") | ").append(f1(ms / 1000)).append(" s | ")
                        .append(ms <= 3000 ? "met" : "not met, by " + f1(ms / 1000 - 3) + " s").append(" |\n");
            }
        });
        sessions.forEach((t, s) -> {
            if (t.startsWith("dangnhap")) {
                md.append("| RSS ≤ 300 MB after ").append(String.format(Locale.ROOT, "%,d", s.opened()))
                        .append(" sessions (").append(t).append(") | ").append(f0(s.rssAfterMb())).append(" MB | ")
                        .append(s.rssAfterMb() <= 300 ? "met" : "not met, by " + f0(s.rssAfterMb() - 300) + " MB")
                        .append(s.opened() < 100_000 ? " (fewer than 100,000 sessions: not the goal's condition)" : "")
                        .append(" |\n");
            }
        });
        md.append("\n");
    }

    private void goalRatio(StringBuilder md, String goal, String scenario, String dn, double target) {
        for (int c : options.concurrency) {
            Cell d = cell(scenario, c, dn);
            Cell k = cell(scenario, c, "keycloak");
            if (d == null || k == null) {
                continue;
            }
            double r = d.opsPerCpuSecond() / k.opsPerCpuSecond();
            md.append("| ").append(goal).append(" (c=").append(c).append(") | ").append(f1(d.opsPerCpuSecond()))
                    .append(" vs ").append(f1(k.opsPerCpuSecond())).append(" ops per CPU-s = ").append(f2(r))
                    .append("× (throughput ").append(ratio(d.throughput(), k.throughput())).append(") | ")
                    .append(Double.isNaN(r) ? "unknown" : r >= target ? "met" : "not met, by " + f2(target - r) + "×")
                    .append(" |\n");
        }
    }

    private static String ratio(double a, double b) {
        return b == 0 || Double.isNaN(a) || Double.isNaN(b) ? "—" : f2(a / b) + "×";
    }

    private static String f0(double v) {
        return Double.isNaN(v) || v < 0 ? "—" : String.format(Locale.ROOT, "%.0f", v);
    }

    private static String f1(double v) {
        return Double.isNaN(v) || v < 0 ? "—" : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String f2(double v) {
        return Double.isNaN(v) || v < 0 ? "—" : String.format(Locale.ROOT, "%.2f", v);
    }
}
