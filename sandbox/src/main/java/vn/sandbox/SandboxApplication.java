package vn.sandbox;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.HttpEncodingAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * Stand-ins for the national systems (VNeID-like OpenID Connect provider, population-registry
 * matcher), for the demo and for tests only. Never part of Dangnhap's production jar.
 *
 * <p>Deliberately imports only the web auto-configurations it needs (no {@code @EnableAutoConfiguration}):
 * in-process in the server's test JVM the classpath also holds JDBC, Flyway, Spring Security etc.,
 * none of which may start in this context. Its configuration file is {@code sandbox.properties}
 * ({@code spring.config.name=sandbox}) so it never reads the server's {@code application.yml}.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({
        PropertyPlaceholderAutoConfiguration.class,
        TomcatServletWebServerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class,
        JacksonAutoConfiguration.class,
        HttpEncodingAutoConfiguration.class,
        ErrorMvcAutoConfiguration.class })
// vn.sandbox.demo holds what runs next to a host (the launcher, the demo applications with their
// own contexts): never beans of the sandbox itself.
@ComponentScan(basePackageClasses = SandboxApplication.class,
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "vn\\.sandbox\\.demo\\..*"))
@EnableConfigurationProperties(SandboxProperties.class)
public class SandboxApplication {

    /** The configuration file name ({@code sandbox.properties}), distinct from the server's. */
    public static final String CONFIG_NAME = "sandbox";

    public static void main(String[] args) {
        Embedded.runAlone(SandboxApplication.class, CONFIG_NAME, args);
    }

    /**
     * Starts the sandbox inside another application's JVM (tests, the server's demo run): no
     * banner, and the logging system is left alone (it belongs to the host application).
     *
     * @param args Spring Boot command-line style arguments, e.g. {@code --server.port=0}
     */
    public static ConfigurableApplicationContext startEmbedded(String... args) {
        return Embedded.start(SandboxApplication.class, CONFIG_NAME, args);
    }
}
