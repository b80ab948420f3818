package vn.dangnhap.cas.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * CAS Protocol 3.0 §2.5.4: before a proxy-granting ticket is handed out, the {@code pgtUrl} is
 * called with {@code pgtId} and {@code pgtIou}; only a 200 answer makes the ticket real. HTTPS
 * only (the JDK checks the certificate and host name); plain HTTP only to a loopback address,
 * for tests.
 */
@Component
class ProxyCallback {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** Whether the URL may receive a proxy-granting ticket at all. */
    static boolean acceptable(String pgtUrl) {
        try {
            URI uri = URI.create(pgtUrl);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || uri.getUserInfo() != null) {
                return false;
            }
            if (scheme.equals("https")) {
                return true;
            }
            return scheme.equals("http") && InetAddress.getByName(uri.getHost()).isLoopbackAddress();
        } catch (IllegalArgumentException | UnknownHostException e) {
            return false;
        }
    }

    boolean deliver(String pgtUrl, String pgtId, String pgtIou) {
        String separator = pgtUrl.contains("?") ? "&" : "?";
        URI uri = URI.create(pgtUrl + separator + "pgtId=" + URLEncoder.encode(pgtId, StandardCharsets.US_ASCII)
                + "&pgtIou=" + URLEncoder.encode(pgtIou, StandardCharsets.US_ASCII));
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
