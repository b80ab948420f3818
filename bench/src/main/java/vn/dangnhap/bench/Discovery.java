package vn.dangnhap.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** OpenID Connect discovery: the endpoints the scenarios call. */
public record Discovery(String issuer, String authorize, String token, String userinfo, String introspect) {

    public static Discovery of(String issuer) throws Exception {
        String url = issuer.replaceAll("/$", "") + "/.well-known/openid-configuration";
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        JsonNode doc = JsonMapper.builder().build().readTree(response.body());
        return new Discovery(doc.path("issuer").asString(), doc.path("authorization_endpoint").asString(),
                doc.path("token_endpoint").asString(), doc.path("userinfo_endpoint").asString(),
                doc.path("introspection_endpoint").asString());
    }
}
