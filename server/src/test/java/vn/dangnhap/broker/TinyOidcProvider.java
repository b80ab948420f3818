package vn.dangnhap.broker;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A deliberately small OpenID Connect provider on loopback for the tests that need to break what
 * a real provider never breaks on purpose: ID tokens signed by another key, with another nonce,
 * audience or algorithm, expired, or carrying a malformed number. The authorization endpoint
 * answers at once (no login page) for the person set with {@link #signInAs}.
 */
final class TinyOidcProvider implements AutoCloseable {

    enum TokenMode { VALID, OTHER_KEY, WRONG_NONCE, WRONG_AUDIENCE, EXPIRED, HS256 }

    record Person(String subject, String pin, String name, String birthDate, String ial) {}

    static final String CLIENT_ID = "dangnhap-test";
    static final String CLIENT_SECRET = "tiny-secret-0123456789-0123456789-abcdef";

    private final HttpServer server;
    private final RSAKey key;
    private final RSAKey otherKey;
    private final Map<String, Map<String, String>> codes = new ConcurrentHashMap<>();
    private volatile TokenMode mode = TokenMode.VALID;
    private volatile Person person;
    volatile Map<String, String> lastAuthorizationRequest = Map.of();

    TinyOidcProvider() {
        try {
            key = new RSAKeyGenerator(2048).keyID("k1").generate();
            otherKey = new RSAKeyGenerator(2048).keyID("k1").generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/.well-known/openid-configuration", this::discovery);
        server.createContext("/jwks", ex -> send(ex, 200, "application/json", new JWKSet(key.toPublicJWK()).toString()));
        server.createContext("/auth", this::authorize);
        server.createContext("/token", this::token);
        server.start();
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void mode(TokenMode mode) {
        this.mode = mode;
    }

    void signInAs(Person person) {
        this.person = person;
    }

    private void discovery(HttpExchange ex) throws IOException {
        String i = issuer();
        send(ex, 200, "application/json", """
                {"issuer":"%s","authorization_endpoint":"%s/auth","token_endpoint":"%s/token","jwks_uri":"%s/jwks",
                 "end_session_endpoint":"%s/logout","response_types_supported":["code"],"subject_types_supported":["public"],
                 "id_token_signing_alg_values_supported":["RS256"],"token_endpoint_auth_methods_supported":["client_secret_basic"],
                 "code_challenge_methods_supported":["S256"]}""".formatted(i, i, i, i, i));
    }

    private void authorize(HttpExchange ex) throws IOException {
        Map<String, String> q = URLUtils.parseParameters(ex.getRequestURI().getRawQuery()).entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getFirst()));
        lastAuthorizationRequest = q;
        String redirect = q.get("redirect_uri");
        if (!CLIENT_ID.equals(q.get("client_id")) || redirect == null) {
            send(ex, 400, "text/plain", "bad client");
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, q);
        String location = redirect + "?code=" + code + "&state=" + URLEncoder.encode(q.get("state"), StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Location", location);
        send(ex, 302, "text/plain", "");
    }

    private void token(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, List<String>> form = URLUtils.parseParameters(body);
        String expectedAuth = "Basic " + Base64.getEncoder().encodeToString(
                (CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        if (!expectedAuth.equals(ex.getRequestHeaders().getFirst("Authorization"))) {
            send(ex, 401, "application/json", "{\"error\":\"invalid_client\"}");
            return;
        }
        Map<String, String> request = codes.remove(form.get("code").getFirst());
        String verifier = form.containsKey("code_verifier") ? form.get("code_verifier").getFirst() : "";
        if (request == null || !"S256".equals(request.get("code_challenge_method"))
                || !CodeChallenge.compute(CodeChallengeMethod.S256, new CodeVerifier(verifier)).getValue()
                        .equals(request.get("code_challenge"))) {
            send(ex, 400, "application/json", "{\"error\":\"invalid_grant\"}");
            return;
        }
        send(ex, 200, "application/json", "{\"access_token\":\"at-" + UUID.randomUUID() + "\",\"token_type\":\"Bearer\","
                + "\"expires_in\":300,\"id_token\":\"" + idToken(request.get("nonce")) + "\"}");
    }

    private String idToken(String nonce) {
        try {
            Instant now = Instant.now();
            Person p = person;
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .issuer(issuer())
                    .subject(p.subject())
                    .audience(mode == TokenMode.WRONG_AUDIENCE ? "another-client" : CLIENT_ID)
                    .issueTime(Date.from(mode == TokenMode.EXPIRED ? now.minusSeconds(3600) : now))
                    .expirationTime(Date.from(mode == TokenMode.EXPIRED ? now.minusSeconds(1800) : now.plusSeconds(300)))
                    .claim("nonce", mode == TokenMode.WRONG_NONCE ? "not-the-nonce" : nonce)
                    .claim("preferred_username", p.pin())
                    .claim("SoDinhDanh", p.pin())
                    .claim("name", p.name())
                    .claim("HoVaTen", p.name())
                    .claim("NgayThangNamSinh", p.birthDate())
                    .claim("LoaiTaiKhoan", "CongDan")
                    .claim("IAL", p.ial())
                    .build();
            if (mode == TokenMode.HS256) {
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
                jwt.sign(new MACSigner(CLIENT_SECRET.getBytes(StandardCharsets.UTF_8)));
                return jwt.serialize();
            }
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(mode == TokenMode.OTHER_KEY ? otherKey : key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
