package vn.dangnhap.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.stereotype.Component;

/**
 * Demo profile only, and only on the test classpath (never in the production jar): starts the
 * sandbox (VNeID stand-in, population registry) next to Dangnhap.
 *
 * <ul>
 * <li>The README's run command ({@code ./mvnw -pl server -am spring-boot:run}) sets the system
 * property {@code sandbox.demo.port=8081}: the sandbox listens there as {@code http://localhost:8081}.
 * <li>Tests with the demo profile (no such property) get the shared {@link SandboxServer} on a
 * random loopback port.
 * </ul>
 * Before any other bean is created it adds, with the lowest precedence, {@code sandbox.url},
 * {@code sandbox.vneid.issuer}, {@code sandbox.vneid.client-id}, {@code sandbox.vneid.client-secret},
 * {@code sandbox.registry.url}, {@code sandbox.registry.username}, {@code sandbox.registry.password}
 * to the environment, so the demo configuration can use e.g.
 * {@code ${sandbox.vneid.issuer:http://localhost:8081/realms/citizen}}. Once Dangnhap's port is
 * known, its VNeID callback on that port is added to the demo client's redirect URIs.
 */
@Component
@Profile("demo")
public class DemoSandboxLauncher implements BeanFactoryPostProcessor, EnvironmentAware,
        ApplicationListener<WebServerInitializedEvent> {

    private static final Logger log = LoggerFactory.getLogger(DemoSandboxLauncher.class);

    private ConfigurableEnvironment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = (ConfigurableEnvironment) environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        String port = environment.getProperty("sandbox.demo.port");
        if (port != null && !port.isBlank()) {
            SandboxServer.startOnPort(Integer.parseInt(port.strip()), "localhost");
        } else {
            SandboxServer.start();
        }
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("sandbox.url", SandboxServer.baseUrl());
        props.put("sandbox.vneid.issuer", SandboxServer.vneidIssuer());
        props.put("sandbox.vneid.client-id", SandboxServer.DEMO_CLIENT_ID);
        props.put("sandbox.vneid.client-secret", SandboxServer.DEMO_CLIENT_SECRET);
        props.put("sandbox.registry.url", SandboxServer.registryUrl());
        props.put("sandbox.registry.username", SandboxServer.registryCredentials().username());
        props.put("sandbox.registry.password", SandboxServer.registryCredentials().password());
        environment.getPropertySources().addLast(new MapPropertySource("dangnhap-demo-sandbox", props));
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        String namespace = event.getApplicationContext().getServerNamespace();
        if (namespace != null && !namespace.isEmpty()) {
            return; // e.g. a separate management port
        }
        int port = event.getWebServer().getPort();
        SandboxServer.addRedirectUris(SandboxServer.DEMO_CLIENT_ID,
                "http://localhost:" + port + "/login/upstream/vneid/callback",
                "http://127.0.0.1:" + port + "/login/upstream/vneid/callback");
        log.info("Sandbox (stand-ins for VNeID and the population registry, demo only) at {}: VNeID issuer {}, "
                + "registry {}. Sandbox citizens sign in at VNeID with their 12-digit number and password {}.",
                SandboxServer.baseUrl(), SandboxServer.vneidIssuer(), SandboxServer.registryUrl(),
                SandboxServer.VNEID_PASSWORD);
    }
}
