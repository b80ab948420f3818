package vn.dangnhap.cluster;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dangnhap.testsupport.FormClient;

/**
 * Node loss under load: browsers sign in and applications redeem codes and refresh tokens through
 * nginx for a bounded time; one node is killed with SIGKILL in the middle. Every request is
 * recorded with its start and end, so a failure can be told apart: in flight on the killed node
 * (allowed) or not (a defect). Afterwards every browser signed in during the run must still be
 * signed in, and every refresh token handed out must still work.
 */
final class NodeLoss {

    record Request(String what, long startNanos, long endNanos, boolean ok, String detail) {}

    record Report(int requests, int failed, int failedInFlight, int logins, int refreshes, int sessionsChecked,
                  int sessionsLost, int tokensChecked, int tokensLost, List<Request> failures) {

        String markdown(Duration run, Duration killAt) {
            StringBuilder md = new StringBuilder("""
                    # Node loss under load

                    Two nodes behind nginx on one PostgreSQL database; %d workers sign in, redeem a code and
                    refresh tokens in a loop for %d s; node A is killed with SIGKILL at %d s.

                    | measure | value |
                    |---|---|
                    | requests sent | %d |
                    | requests failed | %d |
                    | of which in flight on the killed node | %d |
                    | logins completed | %d |
                    | refresh grants completed | %d |
                    | sessions checked afterwards | %d |
                    | sessions lost | %d |
                    | refresh tokens checked afterwards | %d |
                    | refresh tokens lost | %d |
                    """.formatted(WORKERS, run.toSeconds(), killAt.toSeconds(), requests, failed, failedInFlight, logins,
                    refreshes, sessionsChecked, sessionsLost, tokensChecked, tokensLost));
            if (!failures.isEmpty()) {
                md.append("\nFailed requests:\n\n");
                failures.forEach(f -> md.append("- ").append(f.what()).append(": ").append(f.detail()).append('\n'));
            }
            return md.toString();
        }
    }

    static final int WORKERS = 4;
    private static final String[] OFFICIALS = {"hoangvanem@demo.gov.vn", "vuthiphuong@demo.gov.vn",
            "dovanhung@demo.gov.vn", "trinhvannam@demo.gov.vn"};

    private final Cluster cluster;
    private final String clientId;
    private final String secret;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<FormClient> signedIn = new CopyOnWriteArrayList<>();
    private final List<RefreshToken> lastTokens = new CopyOnWriteArrayList<>();
    private final AtomicInteger logins = new AtomicInteger();
    private final AtomicInteger refreshes = new AtomicInteger();

    NodeLoss(Cluster cluster, String clientId, String secret) {
        this.cluster = cluster;
        this.clientId = clientId;
        this.secret = secret;
    }

    Report run(Duration duration, Duration killAt) throws Exception {
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        for (int w = 0; w < WORKERS; w++) {
            String official = OFFICIALS[w];
            workers.execute(() -> {
                while (System.nanoTime() < end) {
                    oneVisit(official, end);
                }
            });
        }
        Thread.sleep(killAt.toMillis());
        long killed = System.nanoTime();
        cluster.a().kill();
        long killDone = System.nanoTime();
        workers.shutdown();
        if (!workers.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("load did not end");
        }

        int sessionsLost = 0;
        for (FormClient browser : signedIn) {
            HttpResponse<String> portal = browser.get(cluster.url() + "/");
            if (portal.statusCode() != 200) {
                sessionsLost++;
            }
        }
        int tokensLost = 0;
        for (RefreshToken token : lastTokens) {
            if (!refresh(token).indicatesSuccess()) {
                tokensLost++;
            }
        }
        List<Request> failures = requests.stream().filter(r -> !r.ok()).toList();
        // in flight on A: started before A died and ended after the kill began (nginx saw the connection break)
        int inFlight = (int) failures.stream().filter(r -> r.startNanos() <= killDone && r.endNanos() >= killed).count();
        return new Report(requests.size(), failures.size(), inFlight, logins.get(), refreshes.get(), signedIn.size(),
                sessionsLost, lastTokens.size(), tokensLost, failures);
    }

    private void oneVisit(String official, long end) {
        FormClient browser = new FormClient(cluster.url());
        HttpResponse<String> page = timed("GET /login", () -> browser.get("/login"), 200);
        if (page == null) {
            return;
        }
        var form = new java.util.LinkedHashMap<String, String>();
        form.put("username", official);
        form.put("password", Cluster.PASSWORD);
        form.put("_csrf", FormClient.csrfToken(page.body()));
        HttpResponse<String> login = timed("POST /login", () -> browser.postForm("/login", form), 302);
        if (login == null) {
            return;
        }
        logins.incrementAndGet();
        signedIn.add(browser);
        HttpResponse<String> authorize = timed("GET /oauth2/authorize", () -> browser.get("/oauth2/authorize?response_type=code&client_id="
                + clientId + "&scope=openid%20offline_access&state=s&redirect_uri="
                + URLEncoder.encode(ClusterContract.REDIRECT, StandardCharsets.UTF_8)), 302);
        if (authorize == null) {
            return;
        }
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(authorize.headers().firstValue("Location").orElse(""));
        if (!code.find()) {
            requests.add(new Request("GET /oauth2/authorize", System.nanoTime(), System.nanoTime(), false,
                    "no code: " + authorize.headers().firstValue("Location").orElse("")));
            return;
        }
        TokenResponse tokens = timedToken("POST /oauth2/token (code)", () -> OIDCTokenResponseParser.parse(
                new TokenRequest(URI.create(cluster.url() + "/oauth2/token"), new ClientSecretBasic(new ClientID(clientId),
                        new Secret(secret)), new AuthorizationCodeGrant(new AuthorizationCode(code.group(1)),
                        URI.create(ClusterContract.REDIRECT))).toHTTPRequest().send()));
        if (tokens == null) {
            return;
        }
        RefreshToken refresh = ((OIDCTokenResponse) tokens.toSuccessResponse()).getOIDCTokens().getRefreshToken();
        for (int i = 0; i < 3 && System.nanoTime() < end; i++) {
            RefreshToken current = refresh;
            TokenResponse next = timedToken("POST /oauth2/token (refresh)", () -> refresh(current));
            if (next == null) {
                // its answer was lost: the client cannot know whether the token rotated, so it is not counted
                return;
            }
            refreshes.incrementAndGet();
            RefreshToken rotated = next.toSuccessResponse().getTokens().getRefreshToken();
            refresh = rotated == null ? refresh : rotated;
        }
        lastTokens.add(refresh);
    }

    private TokenResponse refresh(RefreshToken token) {
        try {
            return TokenResponse.parse(new TokenRequest(URI.create(cluster.url() + "/oauth2/token"),
                    new ClientSecretBasic(new ClientID(clientId), new Secret(secret)), new RefreshTokenGrant(token))
                    .toHTTPRequest().send());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    interface Call<T> {
        T call() throws Exception;
    }

    private HttpResponse<String> timed(String what, Call<HttpResponse<String>> call, int expected) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = call.call();
            boolean ok = response.statusCode() == expected;
            requests.add(new Request(what, start, System.nanoTime(), ok, "HTTP " + response.statusCode()
                    + " from " + response.headers().firstValue("X-Upstream").orElse("?")));
            return ok ? response : null;
        } catch (Exception e) {
            requests.add(new Request(what, start, System.nanoTime(), false, e.toString()));
            return null;
        }
    }

    private TokenResponse timedToken(String what, Call<TokenResponse> call) {
        long start = System.nanoTime();
        try {
            TokenResponse response = call.call();
            boolean ok = response.indicatesSuccess();
            requests.add(new Request(what, start, System.nanoTime(), ok,
                    ok ? "" : "HTTP " + response.toErrorResponse().getErrorObject().getHTTPStatusCode() + " "
                            + response.toErrorResponse().getErrorObject().getCode()));
            return ok ? response : null;
        } catch (Exception e) {
            requests.add(new Request(what, start, System.nanoTime(), false, e.toString()));
            return null;
        }
    }

    static void write(Path file, String markdown) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, markdown);
    }

}
