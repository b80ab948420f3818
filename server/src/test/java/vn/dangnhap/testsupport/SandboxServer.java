package vn.dangnhap.testsupport;

import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

import vn.sandbox.EmbeddedSandbox;
import vn.sandbox.SandboxProperties;
import vn.sandbox.SandboxUrls;
import vn.sandbox.demo.SandboxDemoLauncher;
import vn.sandbox.registry.RegistryBehaviour;
import vn.sandbox.vneid.VneidClients;

/**
 * The sandbox (stand-ins for VNeID and the population registry, module {@code sandbox}) started
 * in-process for tests: once per JVM, lazily, shared by every test, on a random free loopback port
 * ({@code http://127.0.0.1:{port}}). Its Spring context is separate from the server's (own
 * configuration file {@code sandbox.properties}, only web auto-configuration, no shared beans).
 *
 * <pre>{@code
 * SandboxServer.start();
 * String issuer = SandboxServer.vneidIssuer();           // http://127.0.0.1:{port}/realms/citizen
 * SandboxServer.registerClient("my-app", "secret", "http://localhost:" + port + "/login/upstream/vneid/callback");
 * SandboxServer.setRegistryBehaviour(0, false);           // registry answers 503
 * SandboxServer.resetRegistry();
 * }</pre>
 *
 * All methods are static (and start the sandbox when needed); {@link #start()} also returns the
 * instance so {@code var sandbox = SandboxServer.start(); sandbox.vneidIssuer()} works too.
 * Tests that change the registry's behaviour should call {@link #resetRegistry()} afterwards.
 */
public final class SandboxServer {

    /** The VNeID password of every sandbox citizen. */
    public static final String VNEID_PASSWORD = "VNeID@2026";

    /** The demo's relying party at the VNeID stand-in (also in the sandbox's own {@code sandbox.properties}). */
    public static final String DEMO_CLIENT_ID = SandboxDemoLauncher.DEMO_CLIENT_ID;
    public static final String DEMO_CLIENT_SECRET = SandboxDemoLauncher.DEMO_CLIENT_SECRET;

    /** HTTP Basic credentials of the registry stand-in. */
    public record Credentials(String username, String password) {
    }

    private final ConfigurableApplicationContext context;

    private SandboxServer(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * Starts the shared sandbox on a random free loopback port (once per JVM) and returns it. A
     * {@code @SpringBootTest} with the demo profile starts the same instance first
     * ({@code vn.sandbox.demo.SandboxDemoLauncher}).
     */
    public static synchronized SandboxServer start() {
        return new SandboxServer(EmbeddedSandbox.start(0, "127.0.0.1", "127.0.0.1"));
    }

    /** e.g. {@code http://127.0.0.1:41234} */
    public static String baseUrl() {
        return start().context.getBean(SandboxUrls.class).base();
    }

    /** e.g. {@code http://127.0.0.1:41234/realms/citizen}; discovery at {@code {issuer}/.well-known/openid-configuration}. */
    public static String vneidIssuer() {
        return start().context.getBean(SandboxUrls.class).issuer();
    }

    /** The verify endpoint: {@code {base}/registry/api/v1/verify}. */
    public static String registryUrl() {
        return registryBaseUrl() + "/api/v1/verify";
    }

    /** {@code {base}/registry} (the admin endpoint is {@code {base}/registry/admin/behaviour}). */
    public static String registryBaseUrl() {
        return start().context.getBean(SandboxUrls.class).registry();
    }

    public static Credentials registryCredentials() {
        SandboxProperties.Registry r = start().context.getBean(SandboxProperties.class).registry();
        return new Credentials(r.username(), r.password());
    }

    /** Latency added to every registry answer, and UP (answers) or DOWN (503). */
    public static void setRegistryBehaviour(long latencyMs, boolean up) {
        start().context.getBean(RegistryBehaviour.class).set(latencyMs,
                up ? RegistryBehaviour.Mode.UP : RegistryBehaviour.Mode.DOWN);
    }

    /** Registry back to no latency and UP. */
    public static void resetRegistry() {
        setRegistryBehaviour(0, true);
    }

    /** Registers (or replaces) a relying party at the VNeID stand-in. */
    public static void registerClient(String clientId, String clientSecret, String... redirectUris) {
        registerClient(clientId, clientSecret, List.of(redirectUris), List.of());
    }

    /**
     * Registers (or replaces) a relying party; empty {@code postLogoutRedirectUris} = any URI on
     * the origin of one of the redirect URIs.
     */
    public static void registerClient(String clientId, String clientSecret, List<String> redirectUris,
            List<String> postLogoutRedirectUris) {
        start().context.getBean(VneidClients.class)
                .register(new VneidClients.Client(clientId, clientSecret, redirectUris, postLogoutRedirectUris));
    }

    /**
     * Adds redirect URIs to a registered relying party (keeps its secret and other URIs); e.g. the
     * demo client's callback on a test server's random port.
     */
    public static void addRedirectUris(String clientId, String... redirectUris) {
        SandboxDemoLauncher.addRedirectUris(start().context.getBean(VneidClients.class), clientId, redirectUris);
    }

    /** The sandbox's own Spring context (never the server's). */
    public static ConfigurableApplicationContext context() {
        return start().context;
    }
}
