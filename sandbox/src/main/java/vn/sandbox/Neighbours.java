package vn.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * What runs next to the sandbox when Dangnhap's demo starts it (the demo launcher tells it): Dangnhap
 * itself and the demo applications. Shown on the front page; empty when the sandbox runs alone.
 */
@Component
public class Neighbours {

    /**
     * A demo application.
     *
     * @param name     its name, e.g. "Văn phòng điện tử"
     * @param protocol how it signs in, e.g. "OpenID Connect"
     * @param url      where to open it
     */
    public record DemoApplication(String name, String protocol, String url) {
    }

    private volatile String dangnhap;
    private final Map<String, DemoApplication> applications = new LinkedHashMap<>();

    public void dangnhapAt(String url) {
        this.dangnhap = url;
    }

    /** Adds a demo application, or replaces the one with the same name. */
    public synchronized void add(DemoApplication application) {
        applications.put(application.name(), application);
    }

    /** Dangnhap's address, or null when the sandbox runs alone. */
    public String dangnhap() {
        return dangnhap;
    }

    /** In the order they were added. */
    public synchronized List<DemoApplication> applications() {
        return List.copyOf(applications.values());
    }
}
