package vn.sandbox;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The one sandbox started inside another application's JVM (server tests, the demo run): started
 * once, shared, kept until the JVM ends.
 */
public final class EmbeddedSandbox {

    private static ConfigurableApplicationContext running;

    private EmbeddedSandbox() {
    }

    /**
     * Starts the sandbox unless it already runs, and returns its context.
     *
     * @param port          0 = a random free port
     * @param bindAddress   the address to listen on ({@code null} = all)
     * @param advertisedHost the host name of the public base URL ({@code http://{host}:{port}})
     */
    public static synchronized ConfigurableApplicationContext start(int port, String bindAddress, String advertisedHost) {
        if (running == null || !running.isActive()) {
            List<String> args = new ArrayList<>();
            args.add("--server.port=" + port);
            if (bindAddress != null) {
                args.add("--server.address=" + bindAddress);
            }
            args.add("--sandbox.host=" + advertisedHost);
            args.add("--sandbox.base-url=");
            running = SandboxApplication.startEmbedded(args.toArray(String[]::new));
        }
        return running;
    }

    /** The running sandbox's context, if any. */
    public static synchronized ConfigurableApplicationContext running() {
        return running != null && running.isActive() ? running : null;
    }
}
