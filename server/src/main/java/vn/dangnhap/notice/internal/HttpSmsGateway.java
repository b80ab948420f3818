package vn.dangnhap.notice.internal;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.dangnhap.directory.PhoneNumber;
import vn.dangnhap.notice.SmsGateway;
import vn.dangnhap.notice.SmsNotSent;

/**
 * {@code dangnhap.sms.gateway=http}: POSTs {@code {"to": "+84…", "text": "…"}} as JSON to
 * {@code dangnhap.sms.http.url}, with {@code Authorization: Bearer} when a token is set. Any 2xx
 * answer counts as accepted; anything else, or no answer within the timeouts, is {@link SmsNotSent}.
 * Real brandname-SMS providers each have their own API: put a small adapter speaking this JSON in
 * front of one, or register an own {@link SmsGateway} bean (docs/sms.md).
 */
@Component
@ConditionalOnProperty(name = "dangnhap.sms.gateway", havingValue = "http")
class HttpSmsGateway implements SmsGateway {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SmsProperties.Http settings;
    private final HttpClient http;

    HttpSmsGateway(SmsProperties properties) {
        if (properties.http().url() == null) {
            throw new IllegalStateException("dangnhap.sms.gateway=http needs dangnhap.sms.http.url (see docs/sms.md)");
        }
        this.settings = properties.http();
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public void send(PhoneNumber to, String text) {
        String body = JSON.writeValueAsString(Map.of("to", to.e164(), "text", text));
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.url())
                .timeout(settings.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (settings.token() != null && !settings.token().isBlank()) {
            request.header("Authorization", "Bearer " + settings.token());
        }
        HttpResponse<Void> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new SmsNotSent("SMS gateway " + settings.url().getHost() + " not reachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsNotSent("interrupted while sending an SMS", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new SmsNotSent("SMS gateway " + settings.url().getHost() + " answered HTTP " + response.statusCode());
        }
    }
}
