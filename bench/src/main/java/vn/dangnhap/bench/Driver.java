package vn.dangnhap.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dangnhap.bench.gatling.RunSpec;
import vn.dangnhap.bench.gatling.Scenario;
import vn.dangnhap.bench.jmh.Limits;

/**
 * The whole benchmark of issue 8: JMH limits, targets started and seeded identically, every
 * scenario × concurrency × target in alternation (A, B, C, A, B, C… per round), sessions and RSS,
 * and the Markdown report. Started by {@code bench/run}.
 */
public final class Driver {

    private Driver() {
    }

    public static void main(String[] args) throws Exception {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Report report = run(o);
        Path file = report.write(o.results);
        System.out.println("Report: " + file.toAbsolutePath());
        System.exit(0);
    }

    public static Report run(Options o) throws Exception {
        long started = System.nanoTime();
        Report report = new Report(o, Machine.facts());
        System.out.printf("Plan: targets %s, scenarios %s, concurrency %s, %s s warm-up + %s s measured, %d round(s), "
                        + "%,d users, %,d sessions; load runs about %.0f min%n", o.targets, o.scenarios, o.concurrency,
                o.warmup, o.duration, o.rounds, o.users, o.sessions, o.estimateSeconds() / 60);
        Files.createDirectories(o.work);

        if (o.jmh) {
            System.out.println("JMH: Argon2id, RS256, ES256 per core");
            report.limits.putAll(Limits.measure(o.jmhSeconds, o.quick ? 1 : 3, 19456, 2, 1));
            report.limits.forEach((k, v) -> System.out.printf("  %s: %.1f ops/s/core%n", k, v));
        }

        Passwords passwords = Passwords.dangnhapDefaults(o.password);
        Database database = null;
        Map<String, AutoCloseable> servers = new LinkedHashMap<>();
        Map<String, Target> targets = new LinkedHashMap<>();
        try {
            if (o.targets.contains("dangnhap-pg") || o.targets.contains("keycloak")) {
                database = Database.localOrEmbedded(o.pgUrl, o.pgUser, o.pgPassword);
                report.versions.put("PostgreSQL", database.version());
            }
            List<String> heap = o.heap.isBlank() ? List.of() : List.of(o.heap.split("\\s+"));
            for (String name : o.targets) {
                Path dir = o.work.resolve(name);
                deleteTree(dir);
                Files.createDirectories(dir);
                switch (name) {
                    case "dangnhap-h2" -> {
                        DangnhapTarget t = new DangnhapTarget(name, o.jar, dir, DangnhapTarget.Store.h2(dir.resolve("data")), heap);
                        servers.put(name, t);
                        t.prepare(o.users, passwords);
                    }
                    case "dangnhap-pg" -> {
                        String url = database.fresh("bench_dangnhap");
                        DangnhapTarget t = new DangnhapTarget(name, o.jar, dir,
                                new DangnhapTarget.Store(url, database.user(), database.password()), heap);
                        servers.put(name, t);
                        t.prepare(o.users, passwords);
                    }
                    case "keycloak" -> {
                        String url = database.fresh("bench_keycloak");
                        KeycloakTarget t = new KeycloakTarget(o.keycloakVersion, o.cache, dir, url, database.user(),
                                database.password(), o.heap);
                        servers.put(name, t);
                        t.prepare(o.users, passwords);
                        report.versions.put("Keycloak", o.keycloakVersion + " (keycloak-quarkus-dist, kc.sh start, --cache=local)");
                    }
                    default -> throw new IllegalArgumentException(name);
                }
            }
            for (Map.Entry<String, AutoCloseable> e : servers.entrySet()) {
                Target t = e.getValue() instanceof DangnhapTarget d ? d.start() : ((KeycloakTarget) e.getValue()).start();
                targets.put(e.getKey(), t);
                report.coldStartMs.put(e.getKey(), t.coldStartMs());
            }

            Path gatling = o.work.resolve("gatling");
            if (o.targetWarmup > 0) {
                for (Target t : targets.values()) {
                    System.out.println("[" + t.name() + "] warm-up: every scenario for " + o.targetWarmup + " s, not recorded");
                    for (String scenarioId : o.scenarios) {
                        Scenario scenario = Scenario.of(scenarioId);
                        if (!scenario.casOnly || t.casBase() != null) {
                            GatlingRun.run(spec(t, scenario, o.quick ? 2 : 4, 0, o.targetWarmup,
                                    o.work.resolve("runs").resolve(t.name() + "-" + scenarioId + "-warmup.json")), gatling);
                        }
                    }
                }
            }
            for (String scenarioId : o.scenarios) {
                Scenario scenario = Scenario.of(scenarioId);
                for (int level : o.concurrency) {
                    for (int round = 1; round <= o.rounds; round++) {
                        for (Target t : targets.values()) {
                            if (scenario.casOnly && t.casBase() == null
                                    || t.name().equals("dangnhap-h2") && round > o.h2Rounds) {
                                continue;
                            }
                            RunResult r = GatlingRun.run(spec(t, scenario, level, o.warmup, o.duration,
                                    o.work.resolve("runs").resolve(t.name() + "-" + scenarioId + "-c" + level + "-r" + round + ".json")), gatling);
                            report.add(scenarioId, level, t.name(), r);
                            System.out.printf("%-18s c=%-3d round %d %-12s %8.1f op/s  p50 %7.1f ms  p99 %7.1f ms  errors %d  CPU %6.2f ms/op%n",
                                    scenarioId, level, round, t.name(), r.throughput(), r.p50Ms(), r.p99Ms(),
                                    r.errors() + r.setupErrors(), r.cpuMsPerOp());
                        }
                    }
                }
            }

            if (o.sessions > 0) {
                Passwords cheap = Passwords.of(o.password, 256, 1, 1);
                for (Map.Entry<String, AutoCloseable> e : servers.entrySet()) {
                    String name = e.getKey();
                    if (name.equals("dangnhap-h2") && servers.containsKey("dangnhap-pg")) {
                        continue; // sessions live in memory whatever the database: one Dangnhap is enough
                    }
                    Target t;
                    if (e.getValue() instanceof DangnhapTarget d) {
                        d.stop();
                        d.rehashAll(cheap);
                        t = d.start();
                    } else {
                        KeycloakTarget k = (KeycloakTarget) e.getValue();
                        k.stop();
                        k.rehashAll(cheap);
                        t = k.start();
                    }
                    ProcStats.Sample before = ProcStats.sample(t.pid());
                    System.out.printf("[%s] opening %,d SSO sessions (RSS before %.0f MB)%n", name, o.sessions, before.rssMb());
                    System.setProperty("bench.stopAfter", Integer.toString(o.sessions));
                    if (t.casBase() != null) {
                        System.setProperty("bench.loginPage", t.baseUrl() + "/login"); // Dangnhap's own login page
                    }
                    RunResult r;
                    try {
                        r = GatlingRun.run(spec(t, Scenario.SESSIONS, o.sessionsConcurrency, 0, o.sessionsMaxSeconds,
                                o.work.resolve("runs").resolve(name + "-sessions.json")), gatling);
                    } finally {
                        System.clearProperty("bench.stopAfter");
                        System.clearProperty("bench.loginPage");
                    }
                    ProcStats.Sample after = ProcStats.sample(t.pid());
                    report.sessions.put(name, new Report.Sessions(r.ok(), r.errors() + r.setupErrors(), r.seconds(),
                            before.rssMb(), after.rssMb(), after.peakRssMb()));
                    System.out.printf("[%s] %,d sessions in %.0f s, RSS %.0f MB (peak %.0f MB)%n", name, r.ok(), r.seconds(),
                            after.rssMb(), after.peakRssMb());
                }
            }
        } finally {
            for (AutoCloseable s : servers.values()) {
                try {
                    s.close();
                } catch (Exception e) {
                    System.err.println("stopping: " + e);
                }
            }
            if (database != null) {
                database.close();
            }
        }
        report.totalSeconds = (System.nanoTime() - started) / 1e9;
        return report;
    }

    static RunSpec spec(Target t, Scenario scenario, int concurrency, double warmup, double duration, Path output) {
        return new RunSpec(scenario.id, t.baseUrl(), t.authorize(), t.token(), t.userinfo(), t.introspect(),
                t.casBase(), t.webClient(), t.webSecret(), t.serviceClient(), t.serviceSecret(), t.redirectUri(),
                t.casService(), t.userPattern(), t.users(), t.password(), concurrency, warmup, duration, t.pid(),
                output.toAbsolutePath().toString());
    }

    static void deleteTree(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            List<Path> paths = new ArrayList<>(walk.toList());
            java.util.Collections.reverse(paths);
            for (Path p : paths) {
                Files.delete(p);
            }
        }
    }
}
