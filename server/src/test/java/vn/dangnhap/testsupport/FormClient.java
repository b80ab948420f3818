package vn.dangnhap.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client that behaves like a browser without JavaScript: keeps cookies, does not
 * follow redirects (tests look at them), and posts forms with the CSRF token the page carried.
 */
public final class FormClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    public FormClient(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A client for another base URL over plain HTTP, e.g. a load balancer in front of several nodes. */
    public FormClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(java.time.Duration.ofSeconds(5)).build();
    }

    /** A client for another base URL, e.g. {@code https://localhost:8443} through a TLS proxy. */
    public FormClient(String base, javax.net.ssl.SSLContext sslContext) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .sslContext(sslContext).build();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    public HttpResponse<String> get(String path, String headerName, String headerValue) {
        return send(HttpRequest.newBuilder(uri(path)).header(headerName, headerValue).GET().build());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        return postForm(path, java.util.List.copyOf(fields.entrySet()));
    }

    /** A form whose fields may repeat (e.g. several {@code scope} check boxes). */
    public HttpResponse<String> postForm(String path, java.util.List<Map.Entry<String, String>> fields) {
        return postForm(path, fields, "Accept", "*/*");
    }

    /** A form posted with one more header, e.g. {@code Accept: text/html} as a browser sends it. */
    public HttpResponse<String> postForm(String path, java.util.List<Map.Entry<String, String>> fields, String headerName,
                                         String headerValue) {
        String body = fields.stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(headerName, headerValue)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** Opens the login page and posts the form with its CSRF token; returns the POST's answer. */
    public HttpResponse<String> logIn(String username, String password) {
        String token = csrfToken(get("/login").body());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("password", password);
        form.put("_csrf", token);
        return postForm("/login", form);
    }

    /** Follows a redirect answer once (GET), as a browser would. */
    public HttpResponse<String> follow(HttpResponse<String> redirect) {
        String location = redirect.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("expected a redirect, got " + redirect.statusCode()));
        return send(HttpRequest.newBuilder(redirect.uri().resolve(location)).GET().build());
    }

    public static String csrfToken(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSRF token in the page");
        }
        return m.group(1);
    }

    /** The text of the element with {@code id} in a page (its first child text, trimmed). */
    public static String textOf(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no element #" + id + " in the page");
        }
        return m.group(1).strip();
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst();
    }

    /** A path on this server, or a full URL (which must point at this server). */
    public URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : base + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
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
