package vn.sandbox;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.ConfigurableApplicationContext;

import vn.sandbox.vneid.VneidClients;

/** The sandbox started once for this module's tests, on a random loopback port. */
final class RunningSandbox {

    static final String CLIENT_ID = "test-rp";
    static final String CLIENT_SECRET = "test-rp-secret";
    static final String REDIRECT_URI = "http://127.0.0.1:9/callback";
    static final String POST_LOGOUT_URI = "http://127.0.0.1:9/logged-out";

    private static ConfigurableApplicationContext context;

    private RunningSandbox() {
    }

    static synchronized ConfigurableApplicationContext context() {
        if (context == null) {
            context = SandboxApplication.startEmbedded("--server.port=0", "--server.address=127.0.0.1",
                    "--sandbox.host=127.0.0.1");
            context.getBean(VneidClients.class).register(new VneidClients.Client(CLIENT_ID, CLIENT_SECRET,
                    List.of(REDIRECT_URI), List.of(POST_LOGOUT_URI)));
        }
        return context;
    }

    static SandboxUrls urls() {
        return context().getBean(SandboxUrls.class);
    }

    /** A browser without JavaScript: keeps cookies, never follows redirects. */
    static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static HttpResponse<String> get(HttpClient http, String uri) {
        return send(http, HttpRequest.newBuilder(URI.create(uri)).GET().build());
    }

    static HttpResponse<String> postForm(HttpClient http, String uri, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(http, HttpRequest.newBuilder(URI.create(uri))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
