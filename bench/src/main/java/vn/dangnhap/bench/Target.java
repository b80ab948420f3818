package vn.dangnhap.bench;

/**
 * A started, configured system under test.
 *
 * @param name        e.g. {@code dangnhap-h2}, {@code dangnhap-pg}, {@code keycloak}
 * @param product     {@code Dangnhap} or {@code Keycloak}
 * @param casBase     CAS prefix, or null when the target has no CAS server
 * @param coldStartMs launch to the first served request
 */
public record Target(String name, String product, String baseUrl, String authorize, String token, String userinfo,
                     String introspect, String casBase, String webClient, String webSecret, String serviceClient,
                     String serviceSecret, String redirectUri, String casService, String userPattern, int users,
                     String password, long pid, double coldStartMs) {
}
