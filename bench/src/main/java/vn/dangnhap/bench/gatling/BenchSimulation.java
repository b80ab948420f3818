package vn.dangnhap.bench.gatling;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * One scenario of issue 8 against one target, at a fixed concurrency (closed model: every
 * virtual user does its setup once, then repeats the operation until the measurement window
 * closes). Parameters come from {@link RunSpec} system properties; results go to
 * {@code bench.output} as JSON ({@link Recorder}).
 *
 * <p>The browser-style login follows every redirect by hand (as a browser would, cookies kept
 * per virtual user), finds the login form on whatever page the target shows, submits it with its
 * hidden fields (CSRF token, Keycloak's session code in the action), reads the authorization code
 * from the redirect to the client and redeems it with its PKCE verifier.
 */
public class BenchSimulation extends Simulation {

    private static final int MAX_HOPS = 10;

    private final RunSpec spec = RunSpec.fromSystemProperties();
    private final Scenario kind = Scenario.of(spec.scenario());

    {
        Recorder.reset(spec.concurrency(), spec.warmup(), spec.duration(), spec.serverPid(),
                Long.getLong("bench.stopAfter", 0L));

        HttpProtocolBuilder protocol = http.baseUrl(spec.baseUrl())
                .disableWarmUp()
                .disableFollowRedirect()
                .disableUrlEncoding()
                // a browser's Accept: with application/json in it Spring Security would not save the
                // authorization request across the login page
                .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .acceptLanguageHeader("vi,en;q=0.5")
                .userAgentHeader("Mozilla/5.0 (dangnhap-bench; Gatling)");

        ChainBuilder setup = switch (kind) {
            case LOGIN, CLIENT_CREDENTIALS, SESSIONS -> exec(s -> s);
            default -> login();
        };
        ChainBuilder operation = switch (kind) {
            case LOGIN -> login();
            case SSO -> exec(authorize()).exec(redeemCode());
            case CLIENT_CREDENTIALS -> clientCredentials();
            case REFRESH -> refresh();
            case USERINFO -> userinfo();
            case CAS -> cas();
            case INTROSPECT -> introspect();
            case SESSIONS -> sessionLogin();
        };

        ScenarioBuilder scenario = scenario(kind.id)
                .exitBlockOnFail().on(setup)
                .exec(s -> {
                    Recorder.setupDone(!s.isFailed());
                    return s;
                })
                .exitHereIfFailed()
                .asLongAs(s -> Recorder.running()).on(measured(operation));

        long limit = (long) (spec.warmup() + spec.duration()) + 300;
        setUp(scenario.injectOpen(atOnceUsers(spec.concurrency())))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(limit));
    }

    @Override
    public void after() {
        try {
            Recorder.write(Path.of(spec.output()), spec.scenario());
        } catch (Exception e) {
            throw new IllegalStateException("cannot write " + spec.output(), e);
        }
    }

    /** Times the operation; a failed one counts as an error and the user goes on. */
    private static ChainBuilder measured(ChainBuilder operation) {
        return exec(s -> s.set("t0", System.nanoTime()))
                .exitBlockOnFail().on(operation)
                .exec(s -> {
                    Recorder.record(s.getLong("t0"), !s.isFailed());
                    return s.markAsSucceeded();
                });
    }

    /** Scenario 1: a fresh browser (no cookies) logs in with a random user's password. */
    private ChainBuilder login() {
        return passwordLogin().exec(redeemCode());
    }

    /** Up to the redirect to the client with the code (the SSO session now exists). */
    private ChainBuilder passwordLogin() {
        return exec(flushCookieJar())
                .exec(authorize())
                .exec(submitLoginForm())
                .exec(follow());
    }

    /**
     * Opens one SSO session with as few requests as the target allows: the login page
     * ({@code bench.loginPage}, e.g. Dangnhap's {@code /login}; else the authorization request,
     * Keycloak's login page) and the form POST, whose redirect is not followed.
     */
    private ChainBuilder sessionLogin() {
        String loginPage = System.getProperty("bench.loginPage", "");
        ChainBuilder page = loginPage.isEmpty() ? authorize()
                : exec(s -> s.set("hops", 0)).exec(request("login page", s -> loginPage));
        return exec(flushCookieJar())
                .exec(page)
                .exec(submitLoginForm())
                .exec(s -> {
                    String loc = s.getString("loc");
                    return loc != null && !loc.contains("error") && !loc.contains("/login") ? s : s.markAsFailed();
                });
    }

    /** Finds the login form on the current page and POSTs it with a random user's credentials. */
    private ChainBuilder submitLoginForm() {
        return exec(s -> {
                    LoginForm form = LoginForm.parse(s.getString("page"));
                    if (form == null || form.action() == null) {
                        return s.markAsFailed();
                    }
                    Map<String, Object> params = new LinkedHashMap<>(form.hidden());
                    int user = ThreadLocalRandom.current().nextInt(spec.users()) + 1;
                    params.put("username", String.format(spec.userPattern(), user));
                    params.put("password", spec.password());
                    return s.set("formAction", form.action()).set("formParams", params).set("hops", 0);
                })
                .exec(s -> s.remove("loc").remove("page"))
                .exec(http("login POST").post("#{formAction}")
                        .formParamMap(s -> s.getMap("formParams"))
                        .check(status().in(200, 302, 303), header("Location").optional().saveAs("loc"),
                                bodyString().saveAs("page")));
    }

    /** GET the authorization endpoint with PKCE and follow redirects to a page or to the client. */
    private ChainBuilder authorize() {
        return exec(s -> {
            String verifier = Pkce.random();
            String url = spec.authorize() + (spec.authorize().contains("?") ? "&" : "?")
                    + "response_type=code&client_id=" + Pkce.encode(spec.webClient())
                    + "&redirect_uri=" + Pkce.encode(spec.redirectUri())
                    + "&scope=" + Pkce.encode("openid profile email")
                    + "&state=" + Pkce.random() + "&nonce=" + Pkce.random()
                    + "&code_challenge=" + Pkce.challenge(verifier) + "&code_challenge_method=S256";
            return s.set("verifier", verifier).set("authUrl", url).set("hops", 0);
        })
                .exec(request("authorize", s -> s.getString("authUrl")))
                .exec(follow());
    }

    private ChainBuilder follow() {
        return exec(s -> s).asLongAs(s -> {
            String loc = s.getString("loc");
            return loc != null && !loc.startsWith(spec.redirectUri()) && s.getInt("hops") < MAX_HOPS;
        }).on(exec(s -> s.set("next", s.getString("loc")).set("hops", s.getInt("hops") + 1))
                .exec(request("redirect", s -> s.getString("next"))));
    }

    private static ChainBuilder request(String name, Function<Session, String> url) {
        return exec(s -> s.remove("loc").remove("page"))
                .exec(http(name).get(url)
                        .check(status().in(200, 302, 303), header("Location").optional().saveAs("loc"),
                                bodyString().saveAs("page")));
    }

    /** The code from the redirect to the client, redeemed at the token endpoint with the PKCE verifier. */
    private ChainBuilder redeemCode() {
        return exec(s -> {
            String loc = s.getString("loc");
            String code = loc == null || !loc.startsWith(spec.redirectUri()) ? null : Pkce.queryParameter(loc, "code");
            return code == null ? s.markAsFailed() : s.set("code", code);
        })
                .exec(http("token (code)").post(spec.token())
                        .basicAuth(spec.webClient(), spec.webSecret())
                        .formParam("grant_type", "authorization_code")
                        .formParam("code", "#{code}")
                        .formParam("redirect_uri", spec.redirectUri())
                        .formParam("code_verifier", "#{verifier}")
                        .check(status().is(200), jsonPath("$.access_token").saveAs("accessToken"),
                                jsonPath("$.refresh_token").optional().saveAs("refreshToken")));
    }

    private ChainBuilder clientCredentials() {
        return exec(http("token (client credentials)").post(spec.token())
                .basicAuth(spec.serviceClient(), spec.serviceSecret())
                .formParam("grant_type", "client_credentials")
                .check(status().is(200), jsonPath("$.access_token").exists()));
    }

    private ChainBuilder refresh() {
        return exec(http("token (refresh)").post(spec.token())
                .basicAuth(spec.webClient(), spec.webSecret())
                .formParam("grant_type", "refresh_token")
                .formParam("refresh_token", "#{refreshToken}")
                .check(status().is(200), jsonPath("$.access_token").exists(),
                        jsonPath("$.refresh_token").optional().saveAs("refreshToken")));
    }

    private ChainBuilder userinfo() {
        return exec(http("userinfo").get(spec.userinfo())
                .header("Authorization", "Bearer #{accessToken}")
                .check(status().is(200), jsonPath("$.sub").exists()));
    }

    private ChainBuilder introspect() {
        return exec(http("introspect").post(spec.introspect())
                .basicAuth(spec.webClient(), spec.webSecret())
                .formParam("token", "#{accessToken}")
                .check(status().is(200), jsonPath("$.active").is("true")));
    }

    /** CAS 3.0: /login with the SSO session gives a service ticket, p3/serviceValidate redeems it. */
    private ChainBuilder cas() {
        String service = spec.casService();
        return exec(s -> s.remove("loc"))
                .exec(http("cas login").get(spec.casBase() + "/login?service=" + Pkce.encode(service))
                        .check(status().in(302, 303), header("Location").saveAs("loc")))
                .exec(s -> {
                    String loc = s.getString("loc");
                    String ticket = loc == null || !loc.startsWith(service) ? null : Pkce.queryParameter(loc, "ticket");
                    return ticket == null ? s.markAsFailed() : s.set("ticket", ticket);
                })
                .exec(http("cas p3/serviceValidate")
                        .get(s -> spec.casBase() + "/p3/serviceValidate?service=" + Pkce.encode(service)
                                + "&ticket=" + Pkce.encode(s.getString("ticket")))
                        .check(status().is(200), substring("authenticationSuccess").exists()));
    }
}
