package vn.dangnhap.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Command-line options of {@code bench/run} (see bench/README.md). */
public final class Options {

    public List<String> targets = new ArrayList<>(List.of("dangnhap-h2", "dangnhap-pg", "keycloak"));
    public List<String> scenarios = new ArrayList<>(List.of("login", "sso", "client-credentials", "refresh",
            "userinfo", "cas", "introspect"));
    public List<Integer> concurrency = new ArrayList<>(List.of(4, 16, 64));
    public double warmup = 2;
    public double duration = 3;
    /** Rounds for dangnhap-h2 (the A/B alternation that matters is Dangnhap on PostgreSQL vs Keycloak). */
    public int h2Rounds = 1;
    /** Upper bound of the sessions phase per target, seconds (the report says when fewer sessions were opened). */
    public double sessionsMaxSeconds = 150;
    /** Seconds of every scenario at concurrency 4 right after a target started (JIT warm-up), not recorded. */
    public double targetWarmup = 2;
    public int rounds = 2;
    public int users = 100_000;
    public int sessions = 100_000;
    public int sessionsConcurrency = 16;
    public boolean jmh = true;
    public int jmhSeconds = 3;
    public String password = "Bench@2026-mat-khau";
    public String pgUrl = "jdbc:postgresql://127.0.0.1:5432";
    public String pgUser = "postgres";
    public String pgPassword = "";
    public String keycloakVersion = "26.5.2";
    public String heap = "-Xmx2g";
    public Path jar = Path.of("server/target/dangnhap.jar");
    public Path work = Path.of("bench/target/run");
    public Path results = Path.of("bench/results");
    public Path cache = Path.of(System.getProperty("user.home"), ".cache", "dangnhap-bench");
    public boolean quick;
    public String label = "";

    public static Options parse(String[] args) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
                arg = arg.substring(0, arg.indexOf('='));
            } else if (!List.of("--quick", "--no-jmh", "--no-sessions", "--help").contains(arg)) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                value = args[++i];
            }
            switch (arg) {
                case "--quick" -> {
                    o.quick = true;
                    o.users = 1_000;
                    o.sessions = 1_000;
                    o.concurrency = new ArrayList<>(List.of(2));
                    o.warmup = 1;
                    o.duration = 5;
                    o.rounds = 1;
                    o.targetWarmup = 2;
                    o.sessionsMaxSeconds = 60;
                    o.jmhSeconds = 1;
                    o.sessionsConcurrency = 2;
                }
                case "--targets" -> o.targets = targets(value);
                case "--scenarios" -> o.scenarios = new ArrayList<>(Arrays.asList(value.split(",")));
                case "--concurrency" -> o.concurrency = new ArrayList<>(Arrays.stream(value.split(",")).map(Integer::parseInt).toList());
                case "--warmup" -> o.warmup = Double.parseDouble(value);
                case "--duration" -> o.duration = Double.parseDouble(value);
                case "--rounds" -> o.rounds = Integer.parseInt(value);
                case "--target-warmup" -> o.targetWarmup = Double.parseDouble(value);
                case "--h2-rounds" -> o.h2Rounds = Integer.parseInt(value);
                case "--sessions-max-seconds" -> o.sessionsMaxSeconds = Double.parseDouble(value);
                case "--users" -> o.users = Integer.parseInt(value);
                case "--sessions" -> o.sessions = Integer.parseInt(value);
                case "--sessions-concurrency" -> o.sessionsConcurrency = Integer.parseInt(value);
                case "--no-sessions" -> o.sessions = 0;
                case "--no-jmh" -> o.jmh = false;
                case "--jmh-seconds" -> o.jmhSeconds = Integer.parseInt(value);
                case "--pg-url" -> o.pgUrl = value.isEmpty() ? null : value;
                case "--pg-user" -> o.pgUser = value;
                case "--pg-password" -> o.pgPassword = value;
                case "--keycloak-version" -> o.keycloakVersion = value;
                case "--heap" -> o.heap = value;
                case "--jar" -> o.jar = Path.of(value);
                case "--work" -> o.work = Path.of(value);
                case "--results" -> o.results = Path.of(value);
                case "--cache" -> o.cache = Path.of(value);
                case "--label" -> o.label = value;
                case "--help" -> throw new IllegalArgumentException("usage: see bench/README.md");
                default -> throw new IllegalArgumentException("unknown option " + arg + " (see bench/README.md)");
            }
        }
        return o;
    }

    private static List<String> targets(String value) {
        List<String> out = new ArrayList<>();
        for (String t : value.split(",")) {
            switch (t) {
                case "dangnhap" -> out.addAll(List.of("dangnhap-h2", "dangnhap-pg"));
                case "dangnhap-h2", "dangnhap-pg", "keycloak" -> out.add(t);
                default -> throw new IllegalArgumentException("unknown target " + t
                        + " (dangnhap, dangnhap-h2, dangnhap-pg, keycloak)");
            }
        }
        return out;
    }

    /** Rough wall-clock estimate of the load runs in seconds (setup and Gatling start included). */
    public double estimateSeconds() {
        int runs = 0;
        int warmups = 0;
        for (String s : scenarios) {
            for (String t : targets) {
                if (s.equals("cas") && t.equals("keycloak")) {
                    continue;
                }
                runs += concurrency.size() * (t.equals("dangnhap-h2") ? Math.min(h2Rounds, rounds) : rounds);
                warmups++;
            }
        }
        return runs * (warmup + duration + 2.5) + warmups * (targetWarmup + 2.5);
    }
}
