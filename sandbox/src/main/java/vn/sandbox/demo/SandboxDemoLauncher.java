package vn.sandbox.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

import vn.sandbox.EmbeddedSandbox;
import vn.sandbox.Neighbours;
import vn.sandbox.SandboxProperties;
import vn.sandbox.SandboxUrls;
import vn.sandbox.vneid.VneidClients;

/**
 * Starts the embedded sandbox for a host application with the {@code demo} profile.
 *
 * <ul>
 * <li>With {@code sandbox.demo.port} set (the README's run command sets 8081) it listens there as
 * {@code http://localhost:{port}}.
 * <li>Otherwise (tests with the demo profile) on a random loopback port as {@code http://127.0.0.1:{port}},
 * the same instance as the server tests' {@code SandboxServer}.
 * </ul>
 * Before the host creates any other bean it adds, with the lowest precedence, {@code sandbox.url},
 * {@code sandbox.vneid.issuer}, {@code sandbox.vneid.client-id}, {@code sandbox.vneid.client-secret},
 * {@code sandbox.registry.url}, {@code sandbox.registry.username}, {@code sandbox.registry.password}
 * to the host's environment, so the host's demo configuration can say e.g.
 * {@code ${sandbox.vneid.issuer:http://localhost:8081/realms/citizen}}. Once the host's port is
 * known, {@code http://localhost:{port}/login/upstream/vneid/callback} (and 127.0.0.1) is added to
 * the demo client's redirect URIs.
 *
 * <p>It also starts the demo applications ({@link DemoApplications}: the e-office over OpenID Connect,
 * the one-stop application over CAS) whose ports are set, publishes their addresses
 * ({@code sandbox.demo-apps.*}) with the others, starts them once the host is ready — signing in at
 * {@code sandbox.demo.dangnhap-url}, by default {@code http://localhost:{host's port}} — and stops them
 * with the host.
 */
public class SandboxDemoLauncher implements BeanFactoryPostProcessor, EnvironmentAware, ApplicationContextAware,
        ApplicationListener<ApplicationEvent> {

    /** The demo's relying party (also in the sandbox's own {@code sandbox.properties}). */
    public static final String DEMO_CLIENT_ID = "dangnhap-demo";
    public static final String DEMO_CLIENT_SECRET = "dangnhap-demo-secret";

    private static final Logger log = LoggerFactory.getLogger(SandboxDemoLauncher.class);

    private ConfigurableEnvironment environment;
    private ConfigurableApplicationContext sandbox;
    private DemoApplications demoApplications;
    private ApplicationContext host;
    private volatile int hostPort;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = (ConfigurableEnvironment) environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        String port = environment.getProperty("sandbox.demo.port");
        sandbox = port != null && !port.isBlank()
                ? EmbeddedSandbox.start(Integer.parseInt(port.strip()), null, "localhost")
                : EmbeddedSandbox.start(0, "127.0.0.1", "127.0.0.1");
        SandboxUrls urls = sandbox.getBean(SandboxUrls.class);
        SandboxProperties.Registry registry = sandbox.getBean(SandboxProperties.class).registry();
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("sandbox.url", urls.base());
        props.put("sandbox.vneid.issuer", urls.issuer());
        props.put("sandbox.vneid.client-id", DEMO_CLIENT_ID);
        props.put("sandbox.vneid.client-secret", DEMO_CLIENT_SECRET);
        props.put("sandbox.registry.url", urls.registry() + "/api/v1/verify");
        props.put("sandbox.registry.username", registry.username());
        props.put("sandbox.registry.password", registry.password());
        demoApplications = new DemoApplications(environment);
        props.putAll(demoApplications.properties());
        environment.getPropertySources().addLast(new MapPropertySource("sandbox-demo", props));
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (sandbox == null) {
            return;
        }
        switch (event) {
            case WebServerInitializedEvent initialized -> hostServerStarted(initialized);
            case ApplicationReadyEvent ready when ready.getApplicationContext() == host ->
                    demoApplications.start(dangnhapUrl(), sandbox.getBean(Neighbours.class));
            case ContextClosedEvent closed when closed.getApplicationContext() == host -> demoApplications.stop();
            default -> { }
        }
    }

    @Override
    public void setApplicationContext(ApplicationContext context) {
        this.host = context;
    }

    private String dangnhapUrl() {
        String configured = environment.getProperty("sandbox.demo.dangnhap-url");
        return configured != null && !configured.isBlank() ? configured.strip() : "http://localhost:" + hostPort;
    }

    private void hostServerStarted(WebServerInitializedEvent event) {
        String namespace = event.getApplicationContext().getServerNamespace();
        if (namespace != null && !namespace.isEmpty()) {
            return; // e.g. a separate management port
        }
        int port = event.getWebServer().getPort();
        hostPort = port;
        sandbox.getBean(Neighbours.class).dangnhapAt(dangnhapUrl());
        addRedirectUris(sandbox.getBean(VneidClients.class), DEMO_CLIENT_ID,
                "http://localhost:" + port + "/login/upstream/vneid/callback",
                "http://127.0.0.1:" + port + "/login/upstream/vneid/callback");
        SandboxUrls urls = sandbox.getBean(SandboxUrls.class);
        log.info("Sandbox (stand-ins for VNeID and the population registry, demo applications; demo and tests "
                + "only) at {}/: VNeID issuer {}, registry {}/api/v1/verify. Sandbox citizens sign in at VNeID with "
                + "their 12-digit number (e.g. 079195012345) and the password VNeID@2026.",
                urls.base(), urls.issuer(), urls.registry());
    }

    /** Adds redirect URIs to a registered client, keeping its secret and other URIs. */
    public static void addRedirectUris(VneidClients clients, String clientId, String... redirectUris) {
        synchronized (clients) {
            VneidClients.Client existing = clients.find(clientId)
                    .orElseThrow(() -> new IllegalArgumentException("Unknown sandbox client " + clientId));
            List<String> uris = new ArrayList<>(existing.redirectUris());
            for (String uri : redirectUris) {
                if (!uris.contains(uri)) {
                    uris.add(uri);
                }
            }
            clients.register(new VneidClients.Client(clientId, existing.clientSecret(), uris,
                    existing.postLogoutRedirectUris()));
        }
    }
}
