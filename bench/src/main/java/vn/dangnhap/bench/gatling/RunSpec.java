package vn.dangnhap.bench.gatling;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything one Gatling run needs, passed as system properties {@code bench.*} so that the
 * simulation can also be started by hand with the Gatling Maven plugin (bench/README.md).
 *
 * @param scenario     one of {@link Scenario}'s ids
 * @param baseUrl      the target's base URL (relative redirects are resolved against it)
 * @param authorize    authorization endpoint (from discovery)
 * @param token        token endpoint
 * @param userinfo     UserInfo endpoint
 * @param introspect   introspection endpoint
 * @param casBase      CAS server prefix ({@code …/cas}), empty for targets without CAS
 * @param webClient    confidential client for the code flow, refresh, UserInfo and introspection
 * @param webSecret    its secret
 * @param serviceClient client allowed the client-credentials grant
 * @param serviceSecret its secret
 * @param redirectUri  the web client's registered redirect URI (never called: the code is read from the Location)
 * @param casService   the registered CAS service URL
 * @param userPattern  {@link String#format} pattern of login names, e.g. {@code bench%06d@demo.gov.vn}
 * @param users        how many users exist (1 … users); logins pick one at random
 * @param password     every synthetic user's password
 * @param concurrency  virtual users (closed model: each loops on the operation)
 * @param warmup       seconds of warm-up after every user finished its setup
 * @param duration     seconds measured
 * @param serverPid    the server's process id for CPU and RSS samples (0: none)
 * @param output       where the run's result JSON is written
 */
public record RunSpec(String scenario, String baseUrl, String authorize, String token, String userinfo,
                      String introspect, String casBase, String webClient, String webSecret, String serviceClient,
                      String serviceSecret, String redirectUri, String casService, String userPattern, int users,
                      String password, int concurrency, double warmup, double duration, long serverPid,
                      String output) {

    public Map<String, String> toProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("bench.scenario", scenario);
        p.put("bench.baseUrl", baseUrl);
        p.put("bench.authorize", authorize);
        p.put("bench.token", token);
        p.put("bench.userinfo", userinfo);
        p.put("bench.introspect", introspect);
        p.put("bench.casBase", casBase == null ? "" : casBase);
        p.put("bench.webClient", webClient);
        p.put("bench.webSecret", webSecret);
        p.put("bench.serviceClient", serviceClient);
        p.put("bench.serviceSecret", serviceSecret);
        p.put("bench.redirectUri", redirectUri);
        p.put("bench.casService", casService == null ? "" : casService);
        p.put("bench.userPattern", userPattern);
        p.put("bench.users", Integer.toString(users));
        p.put("bench.password", password);
        p.put("bench.concurrency", Integer.toString(concurrency));
        p.put("bench.warmup", Double.toString(warmup));
        p.put("bench.duration", Double.toString(duration));
        p.put("bench.serverPid", Long.toString(serverPid));
        p.put("bench.output", output);
        return p;
    }

    public static RunSpec fromSystemProperties() {
        return new RunSpec(get("scenario"), get("baseUrl"), get("authorize"), get("token"), get("userinfo"),
                get("introspect"), System.getProperty("bench.casBase", ""), get("webClient"), get("webSecret"),
                get("serviceClient"), get("serviceSecret"), get("redirectUri"), System.getProperty("bench.casService", ""),
                get("userPattern"), Integer.parseInt(get("users")), get("password"),
                Integer.parseInt(System.getProperty("bench.concurrency", "2")),
                Double.parseDouble(System.getProperty("bench.warmup", "2")),
                Double.parseDouble(System.getProperty("bench.duration", "5")),
                Long.parseLong(System.getProperty("bench.serverPid", "0")),
                System.getProperty("bench.output", "target/bench-run.json"));
    }

    private static String get(String name) {
        String value = System.getProperty("bench." + name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property bench." + name + " is not set (see bench/README.md)");
        }
        return value;
    }
}
