package vn.dangnhap.profile;

import vn.dangnhap.directory.AccessRules;
import vn.dangnhap.directory.ApplicationCatalogue;
import vn.dangnhap.testsupport.TestApplications;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.claims.UserInfo;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import vn.dangnhap.audit.AuditEvent;
import vn.dangnhap.audit.AuditLog;
import vn.dangnhap.audit.AuditQuery;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.EmailAddress;
import vn.dangnhap.directory.OfficialAccount;
import vn.dangnhap.directory.OfficialInput;
import vn.dangnhap.oidc.ClientType;
import vn.dangnhap.oidc.OidcClientInput;
import vn.dangnhap.oidc.OidcClients;
import vn.dangnhap.testsupport.DemoPortalTest;
import vn.dangnhap.testsupport.FormClient;
import vn.dangnhap.testsupport.MutableClock;

/**
 * Issue 5, profile data applications match on: an official proves a new phone number with the
 * one-time code sent to it; only then is it stored as verified and do applications read
 * {@code phone_number_verified: true}. Wrong, expired and replaced codes, resend limits and
 * malformed numbers are refused with the reason and change nothing.
 */
@DemoPortalTest
@Import({MutableClock.Config.class, CapturedSms.Config.class})
class PhoneVerificationHttpTest {

    static final URI REDIRECT = URI.create("http://127.0.0.1:9/callback");

    @LocalServerPort int port;
    @Autowired CapturedSms sms;
    @Autowired MutableClock clock;
    @Autowired Directory directory;
    @Autowired AuditLog audit;
    @Autowired OidcClients clients;
    @Autowired ApplicationCatalogue catalogue;
    @Autowired AccessRules access;

    @Test
    void aNumberIsStoredVerifiedOnlyAfterTheRightCodeAndApplicationsAreToldSo() throws Exception {
        FormClient official = signedIn("levancuong");
        String page = official.get("/account/profile").body();
        assertThat(page).contains("Lê Văn Cường", "levancuong@demo.gov.vn", "Văn phòng",
                "Chỉ quản trị viên thay đổi được địa chỉ thư công vụ", "+84912345603", "(chưa xác thực)");
        assertThat(official.get("/").body()).contains("href=\"/account/profile\"");

        HttpResponse<String> sent = post(official, "/account/profile", "/account/profile/phone", Map.of("phone", "0987.654.321"));
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(official.follow(sent).body()).contains("Đã gửi mã xác thực", "+84987654321", "id=\"code\"");
        assertThat(sms.to("+84987654321")).hasSize(1);
        String code = sms.to("+84987654321").getFirst().code();

        HttpResponse<String> wrong = post(official, "/account/profile", "/account/profile/phone/verify", Map.of("code", otherThan(code)));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("Mã xác thực không đúng. Còn 4 lần thử.");
        assertThat(account("levancuong").phone().e164()).isEqualTo("+84912345603");

        HttpResponse<String> right = post(official, "/account/profile", "/account/profile/phone/verify", Map.of("code", code));
        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(official.follow(right).body()).contains("Đã xác thực và lưu số điện thoại.", "+84987654321", "(đã xác thực)");
        OfficialAccount stored = account("levancuong");
        assertThat(stored.phone().e164()).isEqualTo("+84987654321");
        assertThat(stored.phoneVerified()).isTrue();

        // A used code does not work twice.
        assertThat(post(official, "/account/profile", "/account/profile/phone/verify", Map.of("code", code)).body())
                .contains("Chưa có mã xác thực nào đang chờ.");

        assertThat(auditLines(stored, "PHONE_CODE_SENT")).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("to +84******321"));
        assertThat(auditLines(stored, "PHONE_CODE_FAILED")).extracting(AuditEvent::reason).contains("WRONG_CODE", "NO_CODE");
        assertThat(auditLines(stored, "PHONE_VERIFIED")).hasSize(1);

        // What an application reads (a real OIDC client library: Nimbus).
        Map<String, Object> claims = idTokenAndUserInfoPhoneClaims(official);
        assertThat(claims).containsEntry("id_token.phone_number", "+84987654321")
                .containsEntry("id_token.phone_number_verified", true)
                .containsEntry("userinfo.phone_number_verified", true)
                .containsEntry("userinfo.email_verified", true);

        // An admin typing another number: nobody proved it yet.
        directory.updateOfficial(stored.id(), new OfficialInput(stored.email().value(), stored.fullName(), "0987654322",
                stored.unitCode(), stored.roles()));
        assertThat(account("levancuong").phoneVerified()).isFalse();
        assertThat(official.get("/account/profile").body()).contains("+84987654322", "(chưa xác thực)");
        assertThat(idTokenAndUserInfoPhoneClaims(official)).containsEntry("userinfo.phone_number_verified", false);
    }

    @Test
    void anExpiredCodeIsRefused() {
        FormClient official = signedIn("phamthidung");
        post(official, "/account/profile", "/account/profile/phone", Map.of("phone", "0987 111 222"));
        String code = sms.to("+84987111222").getFirst().code();

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        HttpResponse<String> late = post(official, "/account/profile", "/account/profile/phone/verify", Map.of("code", code));
        assertThat(late.statusCode()).isEqualTo(400);
        assertThat(late.body()).contains("Mã xác thực đã hết hạn. Vui lòng yêu cầu mã mới.");
        assertThat(account("phamthidung").phone().e164()).isEqualTo("+84912345604");
        assertThat(account("phamthidung").phoneVerified()).isFalse();
    }

    @Test
    void fiveWrongTriesEndTheCode() {
        FormClient official = signedIn("tranthibinh");
        post(official, "/account/profile", "/account/profile/phone", Map.of("phone", "+84 987 333 444"));
        String code = sms.to("+84987333444").getFirst().code();
        for (int left = 4; left >= 1; left--) {
            assertThat(post(official, "/account/profile", "/account/profile/phone/verify", Map.of("code", otherThan(code))).body())
                    .contains("Mã xác thực không đúng. Còn " + left + " lần thử.");
        }
        assertThat(post(official, "/account/profile", "/account/profile/phone/verify", Map.of("code", otherThan(code))).body())
                .contains("Đã nhập sai quá 5 lần. Vui lòng yêu cầu mã mới.");
        HttpResponse<String> rightButTooLate = post(official, "/account/profile", "/account/profile/phone/verify", Map.of("code", code));
        assertThat(rightButTooLate.statusCode()).isEqualTo(400);
        assertThat(account("tranthibinh").phone().e164()).isEqualTo("+84912345602");
    }

    @Test
    void resendingIsLimitedAndANewCodeReplacesTheOldOne() {
        FormClient official = signedIn("hoangvanem");
        String number = "+84987555666";
        assertThat(post(official, "/account/profile", "/account/profile/phone", Map.of("phone", "0987555666")).statusCode()).isEqualTo(302);
        String first = sms.to(number).getFirst().code();

        HttpResponse<String> tooSoon = post(official, "/account/profile", "/account/profile/phone", Map.of("phone", "0987555666"));
        assertThat(tooSoon.statusCode()).isEqualTo(429);
        assertThat(tooSoon.body()).containsPattern("Vui lòng đợi [0-9]+ giây trước khi yêu cầu mã mới.");
        assertThat(sms.to(number)).hasSize(1);

        for (int sent = 2; sent <= 5; sent++) {
            clock.advance(Duration.ofSeconds(61));
            assertThat(post(official, "/account/profile", "/account/profile/phone", Map.of("phone", "0987555666")).statusCode()).isEqualTo(302);
            assertThat(sms.to(number)).hasSize(sent);
        }
        clock.advance(Duration.ofSeconds(61));
        HttpResponse<String> sixth = post(official, "/account/profile", "/account/profile/phone", Map.of("phone", "0987555666"));
        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(sms.to(number)).hasSize(5);

        String last = sms.to(number).getLast().code();
        if (!last.equals(first)) {
            assertThat(post(official, "/account/profile", "/account/profile/phone/verify", Map.of("code", first)).body())
                    .contains("Mã xác thực không đúng.");
        }
        assertThat(post(official, "/account/profile", "/account/profile/phone/verify", Map.of("code", last)).statusCode()).isEqualTo(302);
        assertThat(account("hoangvanem").phone().e164()).isEqualTo(number);

        // An hour after the first send the limit is lifted.
        clock.advance(Duration.ofMinutes(56));
        assertThat(post(official, "/account/profile", "/account/profile/phone", Map.of("phone", "0987555667")).statusCode()).isEqualTo(302);
    }

    @Test
    void malformedNumbersAreRefusedInVietnameseAndNothingIsSent() {
        FormClient official = signedIn("vuthiphuong");
        int before = sms.count();
        for (String typed : List.of("12345", "0912 345", "số của tôi", "", "0112345678", "+1 555 0100", "0".repeat(40))) {
            HttpResponse<String> refused = post(official, "/account/profile", "/account/profile/phone", Map.of("phone", typed));
            assertThat(refused.statusCode()).as(typed).isEqualTo(400);
            assertThat(refused.body()).as(typed).contains("Số điện thoại không hợp lệ (ví dụ: 0912 345 678).");
        }
        assertThat(sms.count()).isEqualTo(before);
        assertThat(account("vuthiphuong").phone().e164()).isEqualTo("+84912345606");
    }

    // --- helpers -----------------------------------------------------------------------------

    private FormClient signedIn(String localPart) {
        FormClient client = new FormClient(port);
        assertThat(client.logIn(localPart, DemoPortalTest.PASSWORD).headers().firstValue("Location").orElseThrow())
                .doesNotContain("error");
        return client;
    }

    private static HttpResponse<String> post(FormClient client, String formPage, String action, Map<String, String> fields) {
        String csrf = FormClient.csrfToken(client.get(formPage).body());
        var form = new java.util.LinkedHashMap<>(fields);
        form.put("_csrf", csrf);
        return client.postForm(action, form);
    }

    private OfficialAccount account(String localPart) {
        return directory.findOfficial(EmailAddress.parse(localPart + "@demo.gov.vn")).orElseThrow();
    }

    private List<AuditEvent> auditLines(OfficialAccount account, String type) {
        return audit.search(new AuditQuery(type, null, null, null, null, 50)).stream()
                .filter(e -> account.id().equals(e.accountId())).toList();
    }

    private static String otherThan(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    /** Runs the code flow with PKCE for scope {@code openid email phone}; the phone claims of the ID token and of UserInfo. */
    private Map<String, Object> idTokenAndUserInfoPhoneClaims(FormClient official) throws Exception {
        String base = "http://localhost:" + port;
        ClientID clientId = new ClientID("phone-app");
        if (catalogue.find("phone-app").isEmpty()) {
            // Open to the officials this test signs in with only: other tests of the shared demo context count tiles.
            TestApplications.create(catalogue, access, "phone-app", "role:CHUYEN_VIEN");
        }
        Secret secret = clients.find("phone-app").isPresent() ? null : new Secret(clients.register(new OidcClientInput(
                "phone-app", "Phone matching app", ClientType.CONFIDENTIAL, List.of(REDIRECT.toString()), List.of(), null, null,
                List.of("openid", "email", "phone"), true, false, true, null, null)).secret());
        if (secret != null) {
            phoneAppSecret = secret;
        }
        OIDCProviderMetadata provider = OIDCProviderMetadata.resolve(new Issuer(base));
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        String authorize = new AuthenticationRequest.Builder(ResponseType.CODE, new Scope("openid", "email", "phone"), clientId, REDIRECT)
                .endpointURI(provider.getAuthorizationEndpointURI()).state(new State()).nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256).build().toURI().toString();
        HttpResponse<String> redirect = official.get(authorize);
        assertThat(redirect.statusCode()).as(redirect.body()).isEqualTo(302);
        AuthorizationCode code = AuthenticationResponseParser.parse(URI.create(redirect.headers().firstValue("Location").orElseThrow()))
                .toSuccessResponse().getAuthorizationCode();
        OIDCTokenResponse tokens = (OIDCTokenResponse) OIDCTokenResponseParser.parse(new TokenRequest(provider.getTokenEndpointURI(),
                new ClientSecretBasic(clientId, phoneAppSecret), new AuthorizationCodeGrant(code, REDIRECT, verifier))
                .toHTTPRequest().send()).toSuccessResponse();
        JWKSet jwks = JWKSet.load(provider.getJWKSetURI().toURL());
        IDTokenClaimsSet idToken = new IDTokenValidator(new Issuer(base), clientId, JWSAlgorithm.RS256, jwks)
                .validate(tokens.getOIDCTokens().getIDToken(), nonce);
        UserInfo userInfo = UserInfoResponse.parse(new UserInfoRequest(provider.getUserInfoEndpointURI(),
                (BearerAccessToken) tokens.getOIDCTokens().getAccessToken()).toHTTPRequest().send()).toSuccessResponse().getUserInfo();
        var claims = new java.util.HashMap<String, Object>();
        claims.put("id_token.phone_number", idToken.getStringClaim("phone_number"));
        claims.put("id_token.phone_number_verified", idToken.getBooleanClaim("phone_number_verified"));
        claims.put("userinfo.phone_number_verified", userInfo.getPhoneNumberVerified());
        claims.put("userinfo.email_verified", userInfo.getEmailVerified());
        return claims;
    }

    private Secret phoneAppSecret;
}
