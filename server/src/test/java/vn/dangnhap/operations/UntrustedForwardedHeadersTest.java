package vn.dangnhap.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Forwarded headers are believed only from the configured trusted proxies: here the only trusted
 * proxy is another address, so a request from loopback that forges {@code X-Forwarded-Proto:
 * https} is answered as the plain-HTTP request it is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:untrusted-proxy;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "server.tomcat.remoteip.internal-proxies=10.255.255.254/32"})
class UntrustedForwardedHeadersTest {

    @LocalServerPort
    int port;

    @Test
    void forgedForwardedHeadersFromAnUntrustedAddressAreIgnored() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/.well-known/openid-configuration"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Port", "443")
                .header("X-Forwarded-For", "203.0.113.7").GET().build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"issuer\":\"http://127.0.0.1:" + port + "\"");
        assertThat(answer.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
}
