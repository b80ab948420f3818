package vn.dangnhap.web.internal;

import jakarta.servlet.DispatcherType;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import vn.dangnhap.web.ApiSecurity;
import vn.dangnhap.web.PageSecurity;

/**
 * Web security for every page and API. Two chains: the admin REST API (stateless, HTTP Basic for
 * now, so no cookie and no CSRF token is involved), and the browser pages (session cookie, CSRF on
 * every form, strict headers). Who may reach which path is decided here; the authentication itself
 * (the {@link AuthenticationManager}, form login, logout) is the login module's, added through
 * {@link PageSecurity} and {@link ApiSecurity}. The OpenID Connect endpoints have their own chain
 * (module oidc), ahead of these.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                    + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain adminApi(HttpSecurity http, AuthenticationManager manager, ApiProblemResponses problems,
                                 List<ApiSecurity> parts) throws Exception {
        http.securityMatcher("/api/**")
                .authenticationManager(manager)
                .authorizeHttpRequests(auth -> auth.requestMatchers("/api/admin/**").hasRole("ADMIN").anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        for (ApiSecurity part : parts) {
            part.configureApi(http);
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager manager, List<PageSecurity> parts) throws Exception {
        http.authenticationManager(manager)
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new MalformedCsrfTokenTolerance()))
                .authorizeHttpRequests(auth -> auth
                        // A forward was authorized as the request it came from (e.g. to the entry refusal page).
                        .dispatcherTypeMatchers(DispatcherType.FORWARD).permitAll()
                        // /login/upstream/**: the e-ID login (module broker) starts and returns there, before any session.
                        .requestMatchers("/login/upstream/**").permitAll()
                        .requestMatchers("/login", "/error", "/css/**", "/icons/**", "/img/**", "/favicon.ico").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**").permitAll()
                        // CAS endpoints (module cas) decide themselves: /cas/login sends a browser without
                        // an SSO session to /login (or back, with gateway=true); validation is for servers.
                        .requestMatchers("/cas/**").permitAll()
                        .requestMatchers("/admin", "/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        // The login module's form login and logout.
        for (PageSecurity part : parts) {
            part.configurePages(http);
        }
        return http.build();
    }
}
