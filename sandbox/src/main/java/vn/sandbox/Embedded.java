package vn.sandbox;

import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the sandbox's small Spring applications (the sandbox, the demo applications) with their
 * own configuration file: inside another application's JVM (the server's tests and its demo run)
 * with no banner and the logging system left alone (it belongs to the host application), or alone.
 */
public final class Embedded {

    private Embedded() {
    }

    /**
     * @param source     the application's configuration class
     * @param configName its configuration file's name ({@code spring.config.name}), never {@code application}
     * @param args       Spring Boot command-line style arguments, e.g. {@code --server.port=0}
     */
    public static ConfigurableApplicationContext start(Class<?> source, String configName, String... args) {
        SpringApplication app = new SpringApplication(source);
        app.setDefaultProperties(Map.of("spring.config.name", configName));
        app.setBannerMode(Banner.Mode.OFF);
        app.setMainApplicationClass(source);
        app.setRegisterShutdownHook(true);
        app.setListeners(app.getListeners().stream()
                .filter(listener -> !(listener instanceof LoggingApplicationListener)).toList());
        return app.run(args);
    }

    /** Runs the application alone in its own JVM ({@code main}): logging and banner as usual. */
    public static ConfigurableApplicationContext runAlone(Class<?> source, String configName, String... args) {
        SpringApplication app = new SpringApplication(source);
        app.setDefaultProperties(Map.of("spring.config.name", configName));
        return app.run(args);
    }
}
