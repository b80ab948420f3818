package vn.dangnhap.linking.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * {@code /api/links} is called by applications, not administrators: a bearer access token from the
 * client-credentials grant (RFC 6749 §4.4), checked as a JWT signed by this server (the
 * authorization server's {@code JwtDecoder}). Ahead of the admin API's HTTP Basic chain for {@code /api/**}.
 */
@Configuration(proxyBeanMethods = false)
class ApplicationLinkSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain applicationLinkApiChain(HttpSecurity http) {
        http.securityMatcher("/api/links", "/api/links/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }
}
