package vn.sandbox;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** The sandbox's public URLs, known once the web server has its port. */
@Component
public class SandboxUrls implements ApplicationListener<WebServerInitializedEvent> {

    public static final String REALM_PATH = "/realms/citizen";

    private final SandboxProperties properties;
    private volatile String base;

    public SandboxUrls(SandboxProperties properties) {
        this.properties = properties;
        if (!properties.baseUrl().isBlank()) {
            this.base = stripSlash(properties.baseUrl());
        }
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (properties.baseUrl().isBlank()) {
            base = "http://" + properties.host() + ":" + event.getWebServer().getPort();
        }
    }

    public String base() {
        if (base == null) {
            throw new IllegalStateException("The sandbox web server has not started yet");
        }
        return base;
    }

    public String issuer() {
        return base() + REALM_PATH;
    }

    public String registry() {
        return base() + "/registry";
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
