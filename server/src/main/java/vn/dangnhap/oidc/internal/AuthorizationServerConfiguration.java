package vn.dangnhap.oidc.internal;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.authentication.ClientSecretAuthenticationProvider;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.preauth.AbstractPreAuthenticatedProcessingFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * Spring Security's authorization server, configured: our client repository, grant and consent
 * stores, consent page, SHA-256 client-secret check, UserInfo claims from the directory, and
 * the login page for browsers that arrive without a session.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain authorizationServer(HttpSecurity http, RegisteredClients clients, AuthorizationStore authorizations,
                                            ConsentStore consents, SubjectClaims claims, RpInitiatedLogout rpLogout,
                                            LinkRequiredFilter linkRequired, AudienceFilter audience) {
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            server.registeredClientRepository(clients)
                    .authorizationService(authorizations)
                    .authorizationConsentService(consents)
                    .authorizationEndpoint(endpoint -> endpoint.consentPage("/oauth2/consent"))
                    .clientAuthentication(auth -> auth.authenticationProviders(providers -> providers.forEach(provider -> {
                        if (provider instanceof ClientSecretAuthenticationProvider secrets) {
                            secrets.setPasswordEncoder(new ClientSecretDigest());
                        }
                    })))
                    .oidc(oidc -> oidc
                            .providerConfigurationEndpoint(discovery -> discovery.providerConfigurationCustomizer(config -> config
                                    .scopes(scopes -> scopes.addAll(vn.dangnhap.oidc.OidcClient.KNOWN_SCOPES))
                                    .claim("claims_supported", java.util.List.of("sub", "name", "preferred_username",
                                            "updated_at", "email", "email_verified", "phone_number", "phone_number_verified",
                                            "org_unit_code", "org_unit_name", "roles", "linked_account", "sid", "auth_time", "nonce",
                                            "account_type", "citizen_verified", "birthdate", CitizenClaims.PERSONAL_IDENTIFIER))
                                    .claim("backchannel_logout_supported", true)
                                    .claim("backchannel_logout_session_supported", true)
                                    .claim("frontchannel_logout_supported", false)))
                            .userInfoEndpoint(userInfo -> userInfo.userInfoMapper(context -> new org.springframework.security.oauth2.core.oidc.OidcUserInfo(
                                    claims.forSubject(context.getAuthorization().getPrincipalName(),
                                            context.getAuthorization().getAuthorizedScopes(),
                                            // registered-client id = client id = application code (RegisteredClients)
                                            context.getAuthorization().getRegisteredClientId())
                                            .orElseGet(() -> java.util.Map.of("sub", context.getAuthorization().getPrincipalName())))))
                            .logoutEndpoint(logout -> logout.logoutResponseHandler(rpLogout)));
        });
        // At the authorization endpoint's position and added first, so it runs just before it: a sign-in
        // without a required link stops before a code is issued.
        http.addFilterBefore(linkRequired, AbstractPreAuthenticatedProcessingFilter.class);
        // And before that, an account of the wrong kind for the application (citizen / official) is refused.
        http.addFilterBefore(audience, LinkRequiredFilter.class);
        http.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()))
                .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), browsers()));
        return http.build();
    }

    private static MediaTypeRequestMatcher browsers() {
        MediaTypeRequestMatcher matcher = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        matcher.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return matcher;
    }

    /** Issuer: fixed by {@code dangnhap.oidc.issuer}, or else taken from each request's host. */
    @Bean
    AuthorizationServerSettings authorizationServerSettings(@Value("${dangnhap.oidc.issuer:}") String issuer) {
        AuthorizationServerSettings.Builder settings = AuthorizationServerSettings.builder();
        if (!issuer.isBlank()) {
            settings.issuer(issuer);
        }
        return settings.build();
    }

    @Bean
    JwtEncoder jwtEncoder(JWKSource<SecurityContext> keys) {
        return new NimbusJwtEncoder(keys);
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
    }
}
