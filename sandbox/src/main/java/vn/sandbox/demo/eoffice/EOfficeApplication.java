package vn.sandbox.demo.eoffice;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.HttpEncodingAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OidcBackChannelLogoutHandler;
import org.springframework.security.oauth2.client.oidc.session.InMemoryOidcSessionRegistry;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionRegistry;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.web.SecurityFilterChain;

import vn.sandbox.Embedded;

/**
 * The demo e-office ("Văn phòng điện tử", iDesk-like): an application that signs its officials in
 * with Dangnhap over OpenID Connect, written as a province's integrator would write one with
 * Spring Boot and Spring Security's OAuth2 client (docs/integration.md walks through it):
 *
 * <ul>
 * <li>the provider and the client in {@code demo-eoffice.properties}: issuer (discovery), client id,
 * secret, scopes — a confidential client;
 * <li>authorization code flow with PKCE (RFC 7636) although the client has a secret, as the OAuth 2.0
 * Security BCP recommends;
 * <li>back-channel logout (OpenID Connect Back-Channel Logout 1.0): Dangnhap calls
 * {@code /logout/connect/back-channel/dangnhap} when the official's SSO session ends;
 * <li>RP-initiated logout: the logout button ends the session here and at Dangnhap, then Dangnhap
 * returns to {@code /da-dang-xuat}.
 * </ul>
 *
 * Demo and tests only. Imports only the auto-configurations it needs (in the server's test JVM the
 * classpath also holds JDBC, Flyway etc., none of which may start here).
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
        ErrorMvcAutoConfiguration.class,
        SecurityAutoConfiguration.class,
        ServletWebSecurityAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class,
        OAuth2ClientAutoConfiguration.class,
        OAuth2ClientWebSecurityAutoConfiguration.class })
@Import(EOfficePages.class)
public class EOfficeApplication {

    /** Its configuration file: {@code demo-eoffice.properties}. */
    public static final String CONFIG_NAME = "demo-eoffice";

    /** Runs it alone: {@code --dangnhap.url=https://sso.tinh.gov.vn} (default http://localhost:8080). */
    public static void main(String[] args) {
        Embedded.runAlone(EOfficeApplication.class, CONFIG_NAME, args);
    }

    /** Starts it inside another application's JVM (the sandbox's demo launcher). */
    public static ConfigurableApplicationContext start(String... args) {
        return Embedded.start(EOfficeApplication.class, CONFIG_NAME, args);
    }

    @Bean
    SecurityFilterChain security(HttpSecurity http, ClientRegistrationRepository registrations,
            OidcSessionRegistry oidcSessions, @Value("${server.servlet.session.cookie.name}") String sessionCookie) {
        // PKCE for a confidential client too (OAuth 2.0 Security BCP, RFC 9700 §2.1.1).
        DefaultOAuth2AuthorizationRequestResolver authorizationRequests =
                new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());

        // Back-channel logout: Spring Security ends the official's session by calling this application's
        // own logout with the session cookie, so it must know the cookie's name (not JSESSIONID here).
        OidcBackChannelLogoutHandler backChannelLogout = new OidcBackChannelLogoutHandler(oidcSessions);
        backChannelLogout.setSessionCookieName(sessionCookie);

        // RP-initiated logout: after the local logout, to Dangnhap's end_session_endpoint with the ID token.
        OidcClientInitiatedLogoutSuccessHandler rpInitiatedLogout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        rpInitiatedLogout.setPostLogoutRedirectUri("{baseUrl}" + EOfficePages.LOGGED_OUT);

        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(EOfficePages.LOGGED_OUT, "/error").permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> login.authorizationEndpoint(
                        endpoint -> endpoint.authorizationRequestResolver(authorizationRequests)))
                .oidcLogout(logout -> logout.backChannel(backChannel -> backChannel.logoutHandler(backChannelLogout)))
                .logout(logout -> logout.logoutSuccessHandler(rpInitiatedLogout));
        return http.build();
    }

    /** Which session belongs to which Dangnhap session id ({@code sid}), for back-channel logout. */
    @Bean
    OidcSessionRegistry oidcSessionRegistry() {
        return new InMemoryOidcSessionRegistry();
    }
}
