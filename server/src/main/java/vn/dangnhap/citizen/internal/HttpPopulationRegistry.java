package vn.dangnhap.citizen.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import vn.dangnhap.citizen.Cccd;
import vn.dangnhap.citizen.Cmnd;
import vn.dangnhap.citizen.PopulationRegistry;

/**
 * The registry connector over HTTP: {@code POST {url}} (e.g. {@code …/registry/api/v1/verify}) with HTTP Basic, JSON
 * {@code {"cccd","cmnd","fullName"}} → {@code {"result":"MATCH"|"NO_MATCH","fullName","birthDate"}}.
 * Connect and read timeouts keep a slow registry from holding the citizen's page. Every answer
 * other than a well-formed 200 is {@link RegistryUnavailable}; numbers never reach the log.
 */
@Component
class HttpPopulationRegistry implements PopulationRegistry {

    private static final Logger log = LoggerFactory.getLogger(HttpPopulationRegistry.class);

    record VerifyRequest(String cccd, String cmnd, String fullName) {}

    record VerifyResponse(String result, String fullName, String birthDate) {}

    private final URI url;
    private final RestClient http;

    HttpPopulationRegistry(CitizenProperties properties) {
        CitizenProperties.Registry registry = properties.registry();
        this.url = registry.url();
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(registry.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client);
        factory.setReadTimeout(registry.readTimeout());
        this.http = RestClient.builder()
                .requestFactory(factory)
                .defaultHeaders(headers -> {
                    if (registry.username() != null && !registry.username().isEmpty()) {
                        headers.setBasicAuth(registry.username(), registry.password());
                    }
                })
                .build();
    }

    @Override
    public Answer verify(Cccd cccd, Cmnd cmnd, String fullName) {
        if (url == null || url.toString().isBlank()) {
            throw new RegistryUnavailable("not configured (dangnhap.citizen.registry.url)");
        }
        VerifyResponse response;
        try {
            response = http.post()
                    .uri(url)
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(new VerifyRequest(cccd.value(), cmnd == null ? null : cmnd.value(), fullName))
                    .retrieve()
                    .body(VerifyResponse.class);
        } catch (RestClientResponseException e) {
            log.warn("Population registry answered HTTP {}", e.getStatusCode().value());
            throw new RegistryUnavailable("HTTP " + e.getStatusCode().value());
        } catch (RestClientException e) {
            // Timeouts and refused connections; the message names only the host, never the data sent.
            log.warn("Population registry unreachable: {}", e.getClass().getSimpleName());
            throw new RegistryUnavailable("unreachable or too slow", e);
        }
        return answerOf(response);
    }

    private static Answer answerOf(VerifyResponse response) {
        if (response == null || response.result() == null) {
            throw new RegistryUnavailable("empty answer");
        }
        return switch (response.result()) {
            case "MATCH" -> new Answer(true, response.fullName(), birthDate(response.birthDate()));
            case "NO_MATCH" -> Answer.noMatch();
            default -> throw new RegistryUnavailable("unknown result");
        };
    }

    private static LocalDate birthDate(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
