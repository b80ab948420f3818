package testrp;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * A relying party as a province's application would be written: Spring Boot with Spring
 * Security's OAuth2/OIDC client, back-channel logout and RP-initiated logout switched on. Lives
 * outside {@code vn.dangnhap} so the platform's component scan never sees it.
 */
@SpringBootApplication
@RestController
public class RelyingPartyApplication {

    /** A free TCP port on this machine, for the application to listen on. */
    public static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Starts the application on {@code port}, registered at {@code issuer} as {@code clientId}.
     * Command-line arguments only, so the platform's own application.yml on the class path is not read.
     */
    public static org.springframework.context.ConfigurableApplicationContext start(int port, String clientId, String secret,
                                                                                 String issuer) {
        return new org.springframework.boot.builder.SpringApplicationBuilder(RelyingPartyApplication.class).run(
                "--spring.config.name=relying-party-none",
                "--server.port=" + port,
                "--spring.datasource.url=jdbc:h2:mem:relying-party-" + clientId,
                "--spring.flyway.enabled=false",
                "--spring.main.banner-mode=off",
                "--spring.security.oauth2.client.registration.dangnhap.client-id=" + clientId,
                "--spring.security.oauth2.client.registration.dangnhap.client-secret=" + secret,
                "--spring.security.oauth2.client.registration.dangnhap.scope=openid,profile,email,org",
                "--spring.security.oauth2.client.provider.dangnhap.issuer-uri=" + issuer);
    }

    /**
     * Starts the application registered at {@code issuer} once per client: client id and secret for
     * each, registration id = client id ({@code /oauth2/authorization/{clientId}} signs in with it).
     */
    public static org.springframework.context.ConfigurableApplicationContext startWithClients(
            int port, String issuer, java.util.Map<String, String> secrets) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
                "--spring.config.name=relying-party-none",
                "--server.port=" + port,
                "--spring.datasource.url=jdbc:h2:mem:relying-party-many-" + port,
                "--spring.flyway.enabled=false",
                "--spring.main.banner-mode=off",
                "--spring.security.oauth2.client.provider.dangnhap.issuer-uri=" + issuer));
        secrets.forEach((clientId, secret) -> {
            String registration = "--spring.security.oauth2.client.registration." + clientId;
            args.add(registration + ".provider=dangnhap");
            args.add(registration + ".client-id=" + clientId);
            args.add(registration + ".client-secret=" + secret);
            args.add(registration + ".scope=openid,profile,email,phone,org");
        });
        return new org.springframework.boot.builder.SpringApplicationBuilder(RelyingPartyApplication.class)
                .run(args.toArray(String[]::new));
    }

    @Bean
    SecurityFilterChain security(HttpSecurity http, ClientRegistrationRepository registrations) {
        OidcClientInitiatedLogoutSuccessHandler rpLogout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        rpLogout.setPostLogoutRedirectUri("{baseUrl}/loggedout");
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/loggedout").permitAll().anyRequest().authenticated())
                .oauth2Login(Customizer.withDefaults())
                .oidcLogout(logout -> logout.backChannel(Customizer.withDefaults()))
                .logout(logout -> logout.logoutSuccessHandler(rpLogout));
        return http.build();
    }

    @GetMapping(value = "/", produces = "text/html")
    String home(@AuthenticationPrincipal OidcUser user, CsrfToken csrf) {
        return "<html><body><p id=\"who\">" + HtmlUtils.htmlEscape(String.valueOf(user.getEmail())) + "</p>"
                + "<p id=\"linked\">" + HtmlUtils.htmlEscape(String.valueOf(user.getClaimAsString("linked_account"))) + "</p>"
                + "<p id=\"username\">" + HtmlUtils.htmlEscape(String.valueOf(user.getPreferredUsername())) + "</p>"
                + "<p id=\"unit\">" + HtmlUtils.htmlEscape(String.valueOf(user.getClaimAsString("org_unit_code"))) + "</p>"
                + "<form method=\"post\" action=\"/logout\"><input type=\"hidden\" name=\"" + csrf.getParameterName()
                + "\" value=\"" + csrf.getToken() + "\"><button id=\"rp-logout\" type=\"submit\">Log out</button></form>"
                + "</body></html>";
    }

    /** Every claim of the signed-in user's ID token and UserInfo, as the application received them. */
    @GetMapping(value = "/claims", produces = "application/json")
    java.util.Map<String, Object> claims(@AuthenticationPrincipal OidcUser user) {
        return user.getClaims();
    }

    /** The official's access token as this application holds it (for its calls to /api/links). */
    @GetMapping(value = "/token", produces = "text/plain")
    String token(@RegisteredOAuth2AuthorizedClient("dangnhap") OAuth2AuthorizedClient client) {
        return client.getAccessToken().getTokenValue();
    }

    @GetMapping(value = "/loggedout", produces = "text/html")
    String loggedOut() {
        return "<html><body><p id=\"bye\">signed out of the test application</p></body></html>";
    }
}
