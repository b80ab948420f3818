package vn.sandbox.vneid;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import vn.sandbox.People;
import vn.sandbox.Person;
import vn.sandbox.SandboxUrls;

/**
 * A compact VNeID-like OpenID Connect provider, shaped like Keycloak's realm {@code citizen}:
 * authorization code flow with PKCE (S256 required), confidential clients
 * ({@code client_secret_basic}, {@code client_secret_post}), RS256 ID tokens, UserInfo,
 * RP-initiated logout, and an SSO session cookie of its own. State lives in memory only.
 */
@RestController
@RequestMapping(SandboxUrls.REALM_PATH)
public class VneidProvider {

    static final String SESSION_COOKIE = "SANDBOX_VNEID_SESSION";
    static final Duration CODE_LIFETIME = Duration.ofSeconds(60);
    static final Duration TOKEN_LIFETIME = Duration.ofMinutes(5);
    static final Duration LOGIN_PAGE_LIFETIME = Duration.ofMinutes(30);
    static final List<String> SUPPORTED_SCOPES = List.of("openid", "profile", "email");
    private static final Pattern PKCE_VALUE = Pattern.compile("[A-Za-z0-9\\-._~]{43,128}");
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private record AuthRequest(String clientId, String redirectUri, String state, String nonce, String codeChallenge,
            String scope, Instant createdAt) {
    }

    private record Session(String sid, String secret, String sub, Instant authTime) {
    }

    private record CodeGrant(AuthRequest request, String sid, String sub, Instant authTime, Instant expiresAt) {
    }

    private final People people;
    private final VneidClients clients;
    private final VneidKeys keys;
    private final SandboxUrls urls;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, AuthRequest> pending = new ConcurrentHashMap<>();
    private final Map<String, CodeGrant> codes = new ConcurrentHashMap<>();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    public VneidProvider(People people, VneidClients clients, VneidKeys keys, SandboxUrls urls) {
        this.people = people;
        this.clients = clients;
        this.keys = keys;
        this.urls = urls;
    }

    // ---------------------------------------------------------------- discovery, keys

    @CrossOrigin
    @GetMapping(path = "/.well-known/openid-configuration", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> discovery() {
        String issuer = urls.issuer();
        String oidc = issuer + "/protocol/openid-connect";
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("issuer", issuer);
        m.put("authorization_endpoint", oidc + "/auth");
        m.put("token_endpoint", oidc + "/token");
        m.put("userinfo_endpoint", oidc + "/userinfo");
        m.put("end_session_endpoint", oidc + "/logout");
        m.put("jwks_uri", oidc + "/certs");
        m.put("response_types_supported", List.of("code"));
        m.put("response_modes_supported", List.of("query"));
        m.put("grant_types_supported", List.of("authorization_code"));
        m.put("subject_types_supported", List.of("public"));
        m.put("id_token_signing_alg_values_supported", List.of("RS256"));
        m.put("userinfo_signing_alg_values_supported", List.of("none"));
        m.put("scopes_supported", SUPPORTED_SCOPES);
        m.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
        m.put("code_challenge_methods_supported", List.of("S256"));
        m.put("claims_supported", List.of("iss", "sub", "aud", "exp", "iat", "auth_time", "nonce", "sid", "azp",
                "name", "preferred_username", "SoDinhDanh", "HoVaTen", "NgayThangNamSinh", "LoaiTaiKhoan", "IAL"));
        m.put("claims_parameter_supported", false);
        m.put("request_parameter_supported", false);
        m.put("request_uri_parameter_supported", false);
        m.put("frontchannel_logout_supported", false);
        m.put("backchannel_logout_supported", false);
        return m;
    }

    @CrossOrigin
    @GetMapping(path = "/protocol/openid-connect/certs", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> certs() {
        return keys.publicJwkSet().toJSONObject(true);
    }

    // ---------------------------------------------------------------- authorization endpoint

    @GetMapping("/protocol/openid-connect/auth")
    public ResponseEntity<String> authorize(@RequestParam Map<String, String> p,
            @CookieValue(name = SESSION_COOKIE, required = false) String sessionCookie) {
        Optional<VneidClients.Client> client = clients.find(p.get("client_id"));
        if (client.isEmpty()) {
            return page(HttpStatus.BAD_REQUEST, "Yêu cầu không hợp lệ", "Ứng dụng (client_id) không được đăng ký.");
        }
        String redirectUri = p.get("redirect_uri");
        if (!client.get().allowsRedirect(redirectUri)) {
            return page(HttpStatus.BAD_REQUEST, "Yêu cầu không hợp lệ", "Địa chỉ chuyển hướng (redirect_uri) không hợp lệ.");
        }
        String state = p.get("state");
        if (!"code".equals(p.get("response_type"))) {
            return redirectError(redirectUri, "unsupported_response_type", "Only response_type=code is supported", state);
        }
        if (p.get("request") != null || p.get("request_uri") != null) {
            return redirectError(redirectUri, "request_not_supported", "Request objects are not supported", state);
        }
        List<String> scopes = List.of(p.getOrDefault("scope", "").trim().split("\\s+"));
        if (!scopes.contains("openid")) {
            return redirectError(redirectUri, "invalid_scope", "The scope must contain openid", state);
        }
        String challenge = p.get("code_challenge");
        if (challenge == null) {
            return redirectError(redirectUri, "invalid_request", "Missing parameter: code_challenge (PKCE is required)", state);
        }
        if (!"S256".equals(p.get("code_challenge_method"))) {
            return redirectError(redirectUri, "invalid_request", "Invalid parameter: code_challenge_method (S256 required)", state);
        }
        if (!PKCE_VALUE.matcher(challenge).matches()) {
            return redirectError(redirectUri, "invalid_request", "Invalid parameter: code_challenge", state);
        }
        String granted = String.join(" ", scopes.stream().filter(SUPPORTED_SCOPES::contains).distinct().toList());
        AuthRequest request = new AuthRequest(client.get().clientId(), redirectUri, state, p.get("nonce"), challenge,
                granted, Instant.now());
        List<String> prompt = List.of(p.getOrDefault("prompt", "").trim().split("\\s+"));
        Optional<Session> session = prompt.contains("login") ? Optional.empty() : session(sessionCookie);
        if (session.isPresent() && p.get("max_age") != null) {
            try {
                long maxAge = Long.parseLong(p.get("max_age"));
                if (session.get().authTime().plusSeconds(maxAge).isBefore(Instant.now())) {
                    session = Optional.empty();
                }
            } catch (NumberFormatException e) {
                return redirectError(redirectUri, "invalid_request", "Invalid parameter: max_age", state);
            }
        }
        if (session.isPresent()) {
            return redirect(codeRedirect(request, session.get()));
        }
        if (prompt.contains("none")) {
            return redirectError(redirectUri, "login_required", null, state);
        }
        purgeExpired();
        String requestId = randomToken();
        pending.put(requestId, request);
        return html(HttpStatus.OK, Pages.login(loginAction(), requestId, request.clientId(), null, null));
    }

    @PostMapping(path = "/login-actions/authenticate", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    public ResponseEntity<String> authenticate(@RequestParam(name = "request", required = false) String requestId,
            @RequestParam(required = false) String username, @RequestParam(required = false) String password,
            @RequestParam(required = false) String action) {
        AuthRequest request = requestId == null ? null : pending.get(requestId);
        if (request == null || request.createdAt().plus(LOGIN_PAGE_LIFETIME).isBefore(Instant.now())) {
            return page(HttpStatus.BAD_REQUEST, "Phiên đăng nhập đã hết hạn",
                    "Phiên đăng nhập đã hết hạn hoặc không tồn tại. Vui lòng quay lại ứng dụng và thử lại.");
        }
        if ("cancel".equals(action)) {
            pending.remove(requestId);
            return redirectError(request.redirectUri(), "access_denied", "Người dùng đã hủy đăng nhập", request.state());
        }
        String pin = username == null ? "" : username.strip();
        Optional<Person> person = people.byCccd(pin)
                .filter(x -> password != null && MessageDigest.isEqual(x.password().getBytes(StandardCharsets.UTF_8),
                        password.getBytes(StandardCharsets.UTF_8)));
        if (person.isEmpty()) {
            return html(HttpStatus.OK, Pages.login(loginAction(), requestId, request.clientId(), pin,
                    "Số định danh cá nhân hoặc mật khẩu không đúng."));
        }
        pending.remove(requestId);
        Session session = new Session(UUID.randomUUID().toString(), randomToken(), person.get().sub(), Instant.now());
        sessions.put(session.sid(), session);
        ResponseCookie cookie = ResponseCookie.from(SESSION_COOKIE, session.sid() + "." + session.secret())
                .path(SandboxUrls.REALM_PATH).httpOnly(true).sameSite("Lax").build();
        return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.SET_COOKIE, cookie.toString())
                .header(HttpHeaders.LOCATION, codeRedirect(request, session)).build();
    }

    private String codeRedirect(AuthRequest request, Session session) {
        purgeExpired();
        String code = randomToken();
        codes.put(code, new CodeGrant(request, session.sid(), session.sub(), session.authTime(),
                Instant.now().plus(CODE_LIFETIME)));
        Map<String, String> params = new LinkedHashMap<>();
        params.put("code", code);
        params.put("state", request.state());
        return appendQuery(request.redirectUri(), params);
    }

    // ---------------------------------------------------------------- token endpoint

    @PostMapping(path = "/protocol/openid-connect/token", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> token(@RequestParam Map<String, String> p,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        // client authentication: client_secret_basic or client_secret_post, never both
        String clientId;
        String secret;
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        if (basic) {
            if (p.containsKey("client_secret")) {
                return tokenError(HttpStatus.BAD_REQUEST, "invalid_request", "More than one client authentication method");
            }
            String[] pair = decodeBasic(authorization.substring(6).trim());
            if (pair == null) {
                return tokenError(HttpStatus.UNAUTHORIZED, "invalid_client", "Malformed Basic credentials", true);
            }
            clientId = pair[0];
            secret = pair[1];
            if (p.get("client_id") != null && !p.get("client_id").equals(clientId)) {
                return tokenError(HttpStatus.BAD_REQUEST, "invalid_request", "client_id does not match the credentials");
            }
        } else {
            clientId = p.get("client_id");
            secret = p.get("client_secret");
        }
        Optional<VneidClients.Client> client = clients.find(clientId);
        if (client.isEmpty() || !client.get().secretMatches(secret)) {
            return tokenError(HttpStatus.UNAUTHORIZED, "invalid_client", "Invalid client or client credentials", basic);
        }
        String grantType = p.get("grant_type");
        if (grantType == null) {
            return tokenError(HttpStatus.BAD_REQUEST, "invalid_request", "Missing parameter: grant_type");
        }
        if (!"authorization_code".equals(grantType)) {
            return tokenError(HttpStatus.BAD_REQUEST, "unsupported_grant_type", "Unsupported grant_type");
        }
        String code = p.get("code");
        if (code == null) {
            return tokenError(HttpStatus.BAD_REQUEST, "invalid_request", "Missing parameter: code");
        }
        CodeGrant grant = codes.remove(code); // single use: a second attempt finds nothing
        if (grant == null) {
            return tokenError(HttpStatus.BAD_REQUEST, "invalid_grant", "Code not valid");
        }
        if (grant.expiresAt().isBefore(Instant.now())) {
            return tokenError(HttpStatus.BAD_REQUEST, "invalid_grant", "Code not valid");
        }
        if (!grant.request().clientId().equals(clientId)) {
            return tokenError(HttpStatus.BAD_REQUEST, "invalid_grant", "Code not issued to this client");
        }
        if (!grant.request().redirectUri().equals(p.get("redirect_uri"))) {
            return tokenError(HttpStatus.BAD_REQUEST, "invalid_grant", "Incorrect redirect_uri");
        }
        String verifier = p.get("code_verifier");
        if (verifier == null) {
            return tokenError(HttpStatus.BAD_REQUEST, "invalid_grant", "PKCE code verifier not specified");
        }
        if (!PKCE_VALUE.matcher(verifier).matches() || !s256(verifier).equals(grant.request().codeChallenge())) {
            return tokenError(HttpStatus.BAD_REQUEST, "invalid_grant", "PKCE verification failed");
        }
        Session session = sessions.get(grant.sid());
        Optional<Person> person = people.bySub(grant.sub());
        if (session == null || person.isEmpty()) {
            return tokenError(HttpStatus.BAD_REQUEST, "invalid_grant", "Session not active");
        }
        Instant now = Instant.now();
        Instant exp = now.plus(TOKEN_LIFETIME);
        String issuer = urls.issuer();

        JWTClaimsSet.Builder id = new JWTClaimsSet.Builder().issuer(issuer).subject(person.get().sub())
                .audience(clientId).expirationTime(Date.from(exp)).issueTime(Date.from(now))
                .jwtID(UUID.randomUUID().toString()).claim("auth_time", grant.authTime().getEpochSecond())
                .claim("azp", clientId).claim("sid", grant.sid()).claim("typ", "ID");
        if (grant.request().nonce() != null) {
            id.claim("nonce", grant.request().nonce());
        }
        personClaims(person.get()).forEach(id::claim);
        String idToken = keys.sign(id.build(), JOSEObjectType.JWT);

        JWTClaimsSet access = new JWTClaimsSet.Builder().issuer(issuer).subject(person.get().sub())
                .audience("account").expirationTime(Date.from(exp)).issueTime(Date.from(now))
                .jwtID(UUID.randomUUID().toString()).claim("azp", clientId).claim("sid", grant.sid())
                .claim("typ", "Bearer").claim("scope", grant.request().scope()).build();
        String accessToken = keys.sign(access, JOSEObjectType.JWT);

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", accessToken);
        body.put("token_type", "Bearer");
        body.put("expires_in", TOKEN_LIFETIME.toSeconds());
        body.put("id_token", idToken);
        body.put("scope", grant.request().scope());
        body.put("session_state", grant.sid());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header(HttpHeaders.PRAGMA, "no-cache").body(body);
    }

    // ---------------------------------------------------------------- userinfo

    @CrossOrigin
    @RequestMapping(path = "/protocol/openid-connect/userinfo", method = { RequestMethod.GET, RequestMethod.POST },
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> userinfo(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"citizen\"").build();
        }
        Optional<JWTClaimsSet> claims = verifiedClaims(authorization.substring(7).trim())
                .filter(c -> "Bearer".equals(c.getClaim("typ")))
                .filter(c -> c.getExpirationTime() != null && c.getExpirationTime().toInstant().isAfter(Instant.now()))
                .filter(c -> sessions.containsKey(String.valueOf(c.getClaim("sid"))));
        Optional<Person> person = claims.flatMap(c -> people.bySub(c.getSubject()));
        if (person.isEmpty()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE,
                    "Bearer realm=\"citizen\", error=\"invalid_token\", error_description=\"Token verification failed\"")
                    .build();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sub", person.get().sub());
        body.putAll(personClaims(person.get()));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }

    // ---------------------------------------------------------------- RP-initiated logout

    @RequestMapping(path = "/protocol/openid-connect/logout", method = { RequestMethod.GET, RequestMethod.POST })
    public ResponseEntity<String> logout(@RequestParam(name = "id_token_hint", required = false) String idTokenHint,
            @RequestParam(name = "post_logout_redirect_uri", required = false) String postLogoutRedirectUri,
            @RequestParam(required = false) String state,
            @RequestParam(name = "client_id", required = false) String clientIdParam,
            @CookieValue(name = SESSION_COOKIE, required = false) String sessionCookie) {
        String clientId = clientIdParam;
        String hintSid = null;
        if (idTokenHint != null) {
            Optional<JWTClaimsSet> hint = verifiedClaims(idTokenHint).filter(c -> "ID".equals(c.getClaim("typ")));
            if (hint.isEmpty() || hint.get().getAudience().size() != 1) {
                return page(HttpStatus.BAD_REQUEST, "Yêu cầu không hợp lệ", "id_token_hint không hợp lệ.");
            }
            String audience = hint.get().getAudience().get(0);
            if (clientId != null && !clientId.equals(audience)) {
                return page(HttpStatus.BAD_REQUEST, "Yêu cầu không hợp lệ", "client_id không khớp với id_token_hint.");
            }
            clientId = audience;
            hintSid = (String) hint.get().getClaim("sid");
        }
        if (postLogoutRedirectUri != null) {
            if (clientId == null) {
                return page(HttpStatus.BAD_REQUEST, "Yêu cầu không hợp lệ",
                        "Cần id_token_hint hoặc client_id khi có post_logout_redirect_uri.");
            }
            Optional<VneidClients.Client> client = clients.find(clientId);
            if (client.isEmpty() || !client.get().allowsPostLogoutRedirect(postLogoutRedirectUri)) {
                return page(HttpStatus.BAD_REQUEST, "Yêu cầu không hợp lệ",
                        "Địa chỉ chuyển hướng sau đăng xuất (post_logout_redirect_uri) không hợp lệ.");
            }
        }
        session(sessionCookie).ifPresent(s -> sessions.remove(s.sid()));
        if (hintSid != null) {
            sessions.remove(hintSid);
        }
        ResponseCookie clear = ResponseCookie.from(SESSION_COOKIE, "").path(SandboxUrls.REALM_PATH).maxAge(0)
                .httpOnly(true).sameSite("Lax").build();
        if (postLogoutRedirectUri != null) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("state", state);
            return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.SET_COOKIE, clear.toString())
                    .header(HttpHeaders.LOCATION, appendQuery(postLogoutRedirectUri, params)).build();
        }
        return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, clear.toString())
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(Pages.message("Đã đăng xuất", "Bạn đã đăng xuất khỏi VNeID (sandbox)."));
    }

    // ---------------------------------------------------------------- helpers

    /** The claims public integrations see, in the ID token and at UserInfo. */
    static Map<String, Object> personClaims(Person person) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", person.fullName());
        m.put("preferred_username", person.cccd());
        m.put("SoDinhDanh", person.cccd());
        m.put("HoVaTen", person.fullName());
        m.put("NgayThangNamSinh", person.birthDate().format(YYYYMMDD));
        m.put("LoaiTaiKhoan", "CongDan");
        m.put("IAL", person.ial());
        return m;
    }

    /** Number of active SSO sessions (for tests). */
    public int activeSessions() {
        return sessions.size();
    }

    private Optional<JWTClaimsSet> verifiedClaims(String jwt) {
        try {
            SignedJWT parsed = SignedJWT.parse(jwt);
            if (!keys.verify(parsed)) {
                return Optional.empty();
            }
            JWTClaimsSet claims = parsed.getJWTClaimsSet();
            return urls.issuer().equals(claims.getIssuer()) ? Optional.of(claims) : Optional.empty();
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    private Optional<Session> session(String cookie) {
        if (cookie == null) {
            return Optional.empty();
        }
        int dot = cookie.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        Session s = sessions.get(cookie.substring(0, dot));
        if (s == null || !MessageDigest.isEqual(s.secret().getBytes(StandardCharsets.UTF_8),
                cookie.substring(dot + 1).getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        return Optional.of(s);
    }

    private void purgeExpired() {
        Instant now = Instant.now();
        codes.values().removeIf(g -> g.expiresAt().isBefore(now));
        pending.values().removeIf(r -> r.createdAt().plus(LOGIN_PAGE_LIFETIME).isBefore(now));
    }

    private String loginAction() {
        return urls.issuer() + "/login-actions/authenticate";
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String s256(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String[] decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return null;
            }
            // RFC 6749 §2.3.1: client id and secret are form-urlencoded before Basic encoding
            return new String[] { java.net.URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8) };
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String appendQuery(String uri, Map<String, String> params) {
        StringBuilder sb = new StringBuilder(uri);
        int hash = uri.indexOf('#');
        if (hash >= 0) {
            sb.setLength(hash);
        }
        boolean hasQuery = sb.indexOf("?") >= 0;
        List<String> parts = new ArrayList<>();
        params.forEach((k, v) -> {
            if (v != null) {
                parts.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        if (!parts.isEmpty()) {
            sb.append(hasQuery ? (sb.charAt(sb.length() - 1) == '?' || sb.charAt(sb.length() - 1) == '&' ? "" : "&") : "?")
                    .append(String.join("&", parts));
        }
        return sb.toString();
    }

    private ResponseEntity<String> redirectError(String redirectUri, String error, String description, String state) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("error", error);
        params.put("error_description", description);
        params.put("state", state);
        return redirect(appendQuery(redirectUri, params));
    }

    private static ResponseEntity<String> redirect(String location) {
        return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, location).build();
    }

    private static ResponseEntity<String> page(HttpStatus status, String title, String text) {
        return html(status, Pages.message(title, text));
    }

    private static ResponseEntity<String> html(HttpStatus status, String body) {
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore()).body(body);
    }

    private static ResponseEntity<Map<String, Object>> tokenError(HttpStatus status, String error, String description) {
        return tokenError(status, error, description, false);
    }

    private static ResponseEntity<Map<String, Object>> tokenError(HttpStatus status, String error, String description,
            boolean basicChallenge) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(status).cacheControl(CacheControl.noStore());
        if (basicChallenge) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"citizen\"");
        }
        return builder.contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
