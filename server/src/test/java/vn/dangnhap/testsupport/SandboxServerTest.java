package vn.dangnhap.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sandbox runs in the server's test JVM without mixing with it: only its own web beans, the
 * documented URLs, runtime client registration and registry behaviour control.
 */
class SandboxServerTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void reset() {
        SandboxServer.resetRegistry();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> verifyHoa(boolean withCredentials) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(SandboxServer.registryUrl()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"cccd\":\"079195012345\",\"cmnd\":null,\"fullName\":\"Nguyen Thi Hoa\"}"));
        if (withCredentials) {
            SandboxServer.Credentials c = SandboxServer.registryCredentials();
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((c.username() + ":" + c.password()).getBytes(StandardCharsets.UTF_8)));
        }
        return send(b.build());
    }

    @Test
    void startsOnceOnALoopbackPortWithItsOwnContext() throws Exception {
        SandboxServer.start();
        var first = SandboxServer.context();
        SandboxServer.start();
        assertThat(SandboxServer.context()).isSameAs(first);
        assertThat(SandboxServer.baseUrl()).startsWith("http://127.0.0.1:").doesNotEndWith(":8081");
        assertThat(SandboxServer.vneidIssuer()).isEqualTo(SandboxServer.baseUrl() + "/realms/citizen");
        assertThat(SandboxServer.registryUrl()).isEqualTo(SandboxServer.baseUrl() + "/registry/api/v1/verify");
        // nothing of the server's stack (database, migrations, security) starts in the sandbox's context
        assertThat(SandboxServer.context().getBeanNamesForType(DataSource.class)).isEmpty();
        assertThat(SandboxServer.context().containsBean("flyway")).isFalse();
        assertThat(SandboxServer.context().containsBean("springSecurityFilterChain")).isFalse();

        HttpResponse<String> discovery = send(HttpRequest.newBuilder(
                URI.create(SandboxServer.vneidIssuer() + "/.well-known/openid-configuration")).build());
        assertThat(discovery.statusCode()).isEqualTo(200);
        assertThat(discovery.body()).contains("\"issuer\":\"" + SandboxServer.vneidIssuer() + "\"");
    }

    @Test
    void aTestRegistersItsOwnClient() throws Exception {
        String redirect = "http://localhost:1/login/upstream/vneid/callback";
        String authorize = SandboxServer.vneidIssuer() + "/protocol/openid-connect/auth?response_type=code&scope=openid"
                + "&client_id=sandbox-server-test&state=s&redirect_uri=" + URLEncoder.encode(redirect, StandardCharsets.UTF_8)
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256";
        assertThat(send(HttpRequest.newBuilder(URI.create(authorize)).build()).statusCode()).isEqualTo(400);

        SandboxServer.registerClient("sandbox-server-test", "secret", redirect);
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(authorize)).build());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Số định danh cá nhân", "Hủy");

        SandboxServer.addRedirectUris("sandbox-server-test", "http://localhost:2/cb");
        HttpResponse<String> other = send(HttpRequest.newBuilder(URI.create(authorize.replace(
                URLEncoder.encode(redirect, StandardCharsets.UTF_8), URLEncoder.encode("http://localhost:2/cb", StandardCharsets.UTF_8))))
                .build());
        assertThat(other.statusCode()).isEqualTo(200);
    }

    @Test
    void registryBehaviourIsControlledFromTests() throws Exception {
        assertThat(verifyHoa(true).body()).contains("\"result\":\"MATCH\"", "Nguyễn Thị Hoa", "1995-03-14");
        assertThat(verifyHoa(false).statusCode()).isEqualTo(401);
        SandboxServer.setRegistryBehaviour(0, false);
        assertThat(verifyHoa(true).statusCode()).isEqualTo(503);
        SandboxServer.resetRegistry();
        assertThat(verifyHoa(true).statusCode()).isEqualTo(200);
    }
}
