package vn.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

import vn.sandbox.demo.SandboxDemoAutoConfiguration;
import vn.sandbox.vneid.VneidClients;

/**
 * A host application with the demo profile (as Dangnhap's demo) gets the embedded sandbox, its
 * URLs in its environment, and its callback on its own port registered for the demo client.
 */
class SandboxDemoLauncherTest {

    @SpringBootConfiguration
    @ImportAutoConfiguration({ TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            SandboxDemoAutoConfiguration.class })
    static class Host {
    }

    private static ConfigurableApplicationContext host(String profile) {
        SpringApplication app = new SpringApplication(Host.class);
        app.setListeners(app.getListeners().stream()
                .filter(l -> !(l instanceof org.springframework.boot.context.logging.LoggingApplicationListener)).toList());
        return app.run("--server.port=0", "--server.address=127.0.0.1", "--spring.config.name=no-such-config",
                "--spring.profiles.active=" + profile);
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
    void withoutTheDemoProfileNothingIsPublished() {
        try (ConfigurableApplicationContext host = host("other")) {
            assertThat(host.getEnvironment().getProperty("sandbox.vneid.issuer")).isNull();
        }
    }
}
