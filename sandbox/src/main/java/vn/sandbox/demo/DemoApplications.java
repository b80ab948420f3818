package vn.sandbox.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import vn.sandbox.Neighbours;
import vn.sandbox.demo.eoffice.EOfficeApplication;
import vn.sandbox.demo.onestop.OneStopApplication;

/**
 * The demo applications started next to Dangnhap: the e-office (OpenID Connect) and the one-stop
 * application (CAS). Each starts when its port is set — {@code sandbox.demo.eoffice.port},
 * {@code sandbox.demo.onestop.port}: the README's run sets 8082 and 8083 ({@code http://localhost:{port}});
 * {@code 0} (tests) takes a free loopback port ({@code http://127.0.0.1:{port}}).
 *
 * <p>Their addresses are known before the host creates its beans, so that Dangnhap's demo data can
 * register them; they start once Dangnhap serves requests (the e-office reads Dangnhap's discovery
 * document when it starts) and stop with it.
 */
final class DemoApplications {

    /** A demo application planned on a port, started later. */
    private record Planned(String key, String name, String protocol, String path, int port, String bindAddress,
            String url, Function<String[], ConfigurableApplicationContext> starter) {
    }

    private static final Logger log = LoggerFactory.getLogger(DemoApplications.class);

    private final List<Planned> planned = new ArrayList<>();
    private final List<ConfigurableApplicationContext> running = new ArrayList<>();

    /** Plans the applications whose port the host's environment sets. */
    DemoApplications(Environment host) {
        plan(host, "eoffice", "Văn phòng điện tử", "OpenID Connect", "/", EOfficeApplication::start);
        plan(host, "onestop", "Một cửa điện tử", "CAS 3.0", "/dang-nhap", OneStopApplication::start);
    }

    private void plan(Environment host, String key, String name, String protocol, String path,
            Function<String[], ConfigurableApplicationContext> starter) {
        String port = host.getProperty("sandbox.demo." + key + ".port");
        if (port == null || port.isBlank()) {
            return;
        }
        int fixed = Integer.parseInt(port.strip());
        boolean loopback = fixed == 0;
        int actual = loopback ? freeLoopbackPort() : fixed;
        String url = "http://" + (loopback ? "127.0.0.1" : "localhost") + ":" + actual;
        planned.add(new Planned(key, name, protocol, path, actual, loopback ? "127.0.0.1" : null, url, starter));
    }

    /**
     * What Dangnhap's demo data needs to register them: {@code sandbox.demo-apps.eoffice.url},
     * {@code …client-id}, {@code …client-secret} (from {@code demo-eoffice.properties}),
     * {@code sandbox.demo-apps.onestop.url}.
     */
    Map<String, Object> properties() {
        Map<String, Object> props = new LinkedHashMap<>();
        for (Planned app : planned) {
            props.put("sandbox.demo-apps." + app.key() + ".url", app.url());
            if (app.key().equals("eoffice")) {
                Properties eoffice = load(EOfficeApplication.CONFIG_NAME + ".properties");
                props.put("sandbox.demo-apps.eoffice.client-id",
                        eoffice.getProperty("spring.security.oauth2.client.registration.dangnhap.client-id"));
                props.put("sandbox.demo-apps.eoffice.client-secret",
                        eoffice.getProperty("spring.security.oauth2.client.registration.dangnhap.client-secret"));
            }
        }
        return props;
    }

    /** Starts each planned application, signing in at {@code dangnhap}; one that fails is logged, not fatal. */
    synchronized void start(String dangnhap, Neighbours neighbours) {
        List<String> started = new ArrayList<>();
        for (Planned app : planned) {
            List<String> args = new ArrayList<>(List.of("--server.port=" + app.port(), "--dangnhap.url=" + dangnhap,
                    "--" + app.key() + ".url=" + app.url()));
            if (app.bindAddress() != null) {
                args.add("--server.address=" + app.bindAddress());
            }
            try {
                running.add(app.starter().apply(args.toArray(String[]::new)));
                neighbours.add(new Neighbours.DemoApplication(app.name(), app.protocol(), app.url() + app.path()));
                started.add(String.format("    %-20s %-16s %s%s", app.name(), app.protocol(), app.url(), app.path()));
            } catch (RuntimeException e) {
                log.error("Demo application {} did not start on port {}: {}", app.name(), app.port(), e.getMessage(), e);
            }
        }
        if (!started.isEmpty()) {
            log.info("\n\n  Demo applications (sign in at Dangnhap once, open both; docs/integration.md):\n{}\n",
                    String.join("\n", started));
        }
    }

    synchronized void stop() {
        running.forEach(ConfigurableApplicationContext::close);
        running.clear();
    }

    private static Properties load(String resource) {
        try {
            return PropertiesLoaderUtils.loadProperties(new ClassPathResource(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
