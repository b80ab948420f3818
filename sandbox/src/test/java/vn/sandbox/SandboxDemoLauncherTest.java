package vn.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import vn.sandbox.demo.SandboxDemoAutoConfiguration;
import vn.sandbox.vneid.VneidClients;

/**
 * A host application with the demo profile (as Dangnhap's demo) gets the embedded sandbox, its
 * URLs in its environment, and its callback on its own port registered for the demo client; and
 * the demo applications whose ports it sets, stopped with it.
 */
class SandboxDemoLauncherTest {

    @SpringBootConfiguration
    @ImportAutoConfiguration({ TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            SandboxDemoAutoConfiguration.class })
    static class Host {
    }

    private static ConfigurableApplicationContext host(String profile, String... more) {
        SpringApplication app = new SpringApplication(Host.class);
        app.setListeners(app.getListeners().stream()
                .filter(l -> !(l instanceof org.springframework.boot.context.logging.LoggingApplicationListener)).toList());
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
                "--spring.config.name=no-such-config", "--spring.profiles.active=" + profile));
        args.addAll(List.of(more));
        return app.run(args.toArray(String[]::new));
    }

    @Test
    void demoProfileStartsTheSharedSandboxAndPublishesItsUrls() {
        try (ConfigurableApplicationContext host = host("demo")) {
            ConfigurableApplicationContext sandbox = EmbeddedSandbox.running();
            assertThat(sandbox).isNotNull();
            SandboxUrls urls = sandbox.getBean(SandboxUrls.class);
            assertThat(urls.base()).startsWith("http://127.0.0.1:");
            assertThat(host.getEnvironment().getProperty("sandbox.vneid.issuer")).isEqualTo(urls.issuer());
            assertThat(host.getEnvironment().getProperty("sandbox.registry.url"))
                    .isEqualTo(urls.base() + "/registry/api/v1/verify");
            assertThat(host.getEnvironment().getProperty("sandbox.vneid.client-secret")).isEqualTo("dangnhap-demo-secret");
            assertThat(host.getEnvironment().getProperty("sandbox.registry.username")).isEqualTo("dangnhap");

            int hostPort = Integer.parseInt(host.getEnvironment().getProperty("local.server.port"));
            VneidClients.Client demo = sandbox.getBean(VneidClients.class).find("dangnhap-demo").orElseThrow();
            assertThat(demo.redirectUris()).contains("http://localhost:8080/login/upstream/vneid/callback",
                    "http://localhost:" + hostPort + "/login/upstream/vneid/callback");
        }
    }

    @Test
    void withoutTheirPortsTheDemoApplicationsDoNotStart() {
        try (ConfigurableApplicationContext host = host("demo")) {
            assertThat(host.getEnvironment().getProperty("sandbox.demo-apps.eoffice.url")).isNull();
            assertThat(host.getEnvironment().getProperty("sandbox.demo-apps.onestop.url")).isNull();
        }
    }

    /**
     * The demo applications against an OpenID Connect provider that is not Dangnhap (the sandbox's
     * VNeID stand-in, for its discovery document): what can be seen without Dangnhap. Signing in
     * end to end is the server's DemoApplicationsBrowserTest.
     */
    @Test
    void withTheirPortsTheDemoApplicationsStartSignInThroughTheProviderAndStopWithTheHost() {
        String provider = EmbeddedSandbox.start(0, "127.0.0.1", "127.0.0.1").getBean(SandboxUrls.class).issuer();
        String eoffice;
        String onestop;
        HttpClient browser = RunningSandbox.browser();
        try (ConfigurableApplicationContext host = host("demo", "--sandbox.demo.eoffice.port=0",
                "--sandbox.demo.onestop.port=0", "--sandbox.demo.dangnhap-url=" + provider)) {
            Environment env = host.getEnvironment();
            eoffice = env.getProperty("sandbox.demo-apps.eoffice.url");
            onestop = env.getProperty("sandbox.demo-apps.onestop.url");
            assertThat(eoffice).startsWith("http://127.0.0.1:");
            assertThat(onestop).startsWith("http://127.0.0.1:").isNotEqualTo(eoffice);
            assertThat(env.getProperty("sandbox.demo-apps.eoffice.client-id")).isEqualTo("vanphong-dt");
            assertThat(env.getProperty("sandbox.demo-apps.eoffice.client-secret")).hasSizeGreaterThanOrEqualTo(32);

            // The e-office: straight to the provider, a confidential client that still sends PKCE.
            assertThat(location(RunningSandbox.get(browser, eoffice + "/"))).endsWith("/oauth2/authorization/dangnhap");
            String authorize = location(RunningSandbox.get(browser, eoffice + "/oauth2/authorization/dangnhap"));
            assertThat(authorize).startsWith(provider + "/protocol/openid-connect/auth?")
                    .contains("client_id=vanphong-dt", "code_challenge=", "code_challenge_method=S256",
                            "redirect_uri=" + eoffice + "/login/oauth2/code/dangnhap");

            // The one-stop application: its own login page; the SSO entry point asks CAS.
            assertThat(location(RunningSandbox.get(browser, onestop + "/"))).endsWith("/dang-nhap");
            HttpResponse<String> login = RunningSandbox.get(browser, onestop + "/dang-nhap");
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.body()).contains("id=\"sso-login\"", "Đăng nhập qua SSO");
            assertThat(location(RunningSandbox.get(browser, onestop + "/sso")))
                    .isEqualTo(provider + "/cas/login?service=" + URLEncoder.encode(onestop + "/sso", StandardCharsets.UTF_8));

            // The sandbox's front page links to both.
            String front = RunningSandbox.get(browser, EmbeddedSandbox.running().getBean(SandboxUrls.class).base() + "/").body();
            assertThat(front).contains(eoffice + "/", onestop + "/dang-nhap");
        }
        assertThatThrownBy(() -> RunningSandbox.get(browser, eoffice + "/")).hasCauseInstanceOf(ConnectException.class);
        assertThatThrownBy(() -> RunningSandbox.get(browser, onestop + "/")).hasCauseInstanceOf(ConnectException.class);
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    @Test
    void withoutTheDemoProfileNothingIsPublished() {
        try (ConfigurableApplicationContext host = host("other")) {
            assertThat(host.getEnvironment().getProperty("sandbox.vneid.issuer")).isNull();
        }
    }
}
