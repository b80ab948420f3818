package vn.sandbox;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the sandbox ({@code sandbox.*} in {@code sandbox.properties} or as arguments).
 *
 * @param baseUrl the public base URL (issuer = {@code {baseUrl}/realms/citizen}); empty = {@code http://{host}:{port}}
 * @param host    host name used to build the base URL when {@code baseUrl} is empty
 * @param vneid   the OpenID Connect provider
 * @param registry the population-registry matcher
 */
@ConfigurationProperties("sandbox")
public record SandboxProperties(
        @DefaultValue("") String baseUrl,
        @DefaultValue("localhost") String host,
        @DefaultValue Vneid vneid,
        @DefaultValue Registry registry) {

    /** @param clients the registered relying parties */
    public record Vneid(@DefaultValue List<Client> clients) {
    }

    /**
     * One relying party.
     *
     * @param clientId               client id
     * @param clientSecret           client secret (client_secret_basic or client_secret_post)
     * @param redirectUris           exact redirect URIs
     * @param postLogoutRedirectUris exact post-logout redirect URIs; empty = any URI on the origin of a redirect URI
     */
    public record Client(String clientId, String clientSecret, @DefaultValue List<String> redirectUris,
            @DefaultValue List<String> postLogoutRedirectUris) {
    }

    /**
     * @param username  HTTP Basic user name
     * @param password  HTTP Basic password
     * @param latencyMs initial extra latency of every answer
     * @param mode      initial mode: {@code UP} or {@code DOWN} (503)
     */
    public record Registry(@DefaultValue("dangnhap") String username, @DefaultValue("Registry@2026") String password,
            @DefaultValue("0") long latencyMs, @DefaultValue("UP") String mode) {
    }
}
