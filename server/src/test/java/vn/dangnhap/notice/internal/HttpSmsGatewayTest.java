package vn.dangnhap.notice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.dangnhap.directory.PhoneNumber;
import vn.dangnhap.notice.SmsNotSent;

/** The {@code http} SMS gateway against a real HTTP peer: what it posts, and every way a send fails. */
class HttpSmsGatewayTest {

    record Received(String method, String contentType, String authorization, String body) {}

    HttpServer server;
    final List<Received> received = new CopyOnWriteArrayList<>();
    volatile int status = 202;
    volatile long delayMillis = 0;

    @BeforeEach
    void startPeer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/sms", exchange -> {
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    @AfterEach
    void stopPeer() {
        server.stop(0);
    }

    @Test
    void postsTheNumberAndTextAsJsonWithTheBearerToken() {
        gateway("s3cret", Duration.ofSeconds(5)).send(PhoneNumber.parseOrNull("0912 345 678"), "Mã xác thực: 123456");

        assertThat(received).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.contentType()).startsWith("application/json");
            assertThat(r.authorization()).isEqualTo("Bearer s3cret");
            assertThat(JsonMapper.builder().build().readValue(r.body(), Map.class))
                    .isEqualTo(Map.of("to", "+84912345678", "text", "Mã xác thực: 123456"));
        });
    }

    @Test
    void anErrorAnswerIsReportedAsNotSent() {
        status = 500;
        assertThatThrownBy(() -> gateway(null, Duration.ofSeconds(5)).send(PhoneNumber.parseOrNull("0912345678"), "x"))
                .isInstanceOf(SmsNotSent.class).hasMessageContaining("HTTP 500");
        assertThat(received).singleElement().satisfies(r -> assertThat(r.authorization()).isNull());
    }

    @Test
    void aPeerTooSlowToAnswerIsReportedAsNotSent() {
        delayMillis = 2_000;
        assertThatThrownBy(() -> gateway("t", Duration.ofMillis(300)).send(PhoneNumber.parseOrNull("0912345678"), "x"))
                .isInstanceOf(SmsNotSent.class).hasMessageContaining("not reachable");
    }

    @Test
    void anUnreachablePeerIsReportedAsNotSent() {
        URI closed = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sms");
        server.stop(0);
        HttpSmsGateway gateway = new HttpSmsGateway(properties(closed, "t", Duration.ofSeconds(2)));
        assertThatThrownBy(() -> gateway.send(PhoneNumber.parseOrNull("0912345678"), "x")).isInstanceOf(SmsNotSent.class);
    }

    private HttpSmsGateway gateway(String token, Duration timeout) {
        return new HttpSmsGateway(properties(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sms"), token, timeout));
    }

    private static SmsProperties properties(URI url, String token, Duration timeout) {
        return new SmsProperties("http", new SmsProperties.Log(false), new SmsProperties.Smtp(null, "SMS"),
                new SmsProperties.Http(url, token, Duration.ofSeconds(2), timeout));
    }
}
