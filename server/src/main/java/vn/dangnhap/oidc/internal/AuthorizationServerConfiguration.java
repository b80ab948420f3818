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
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.authentication.ClientSecretAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationValidator;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import vn.dangnhap.entry.ReleasedIdentity;

/**
 * Spring Security's authorization server, configured: our client repository, grant and consent
 * stores, consent page, SHA-256 client-secret check, the entry decision at the authorization
 * endpoint ({@link EntryAtAuthorization}), at every token ({@link TokenClaims}) and at UserInfo
 * (claims from the released identity), and the login page for browsers that arrive without a session.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain authorizationServer(HttpSecurity http, RegisteredClients clients, AuthorizationStore authorizations,
                                            ConsentStore consents, GrantEntry grants, RpInitiatedLogout rpLogout,
                                            EntryAtAuthorization entry) {
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            server.registeredClientRepository(clients)
                    .authorizationService(authorizations)
                    .authorizationConsentService(consents)
                    .authorizationEndpoint(endpoint -> endpoint
                            .consentPage("/oauth2/consent")
                            // The entry decision, once the person is known and before a code is issued.
                            .authenticationProviders(providers -> providers.forEach(provider -> {
                                if (provider instanceof OAuth2AuthorizationCodeRequestAuthenticationProvider codeRequests) {
                                    codeRequests.setAuthenticationValidator(OAuth2AuthorizationCodeRequestAuthenticationValidator
                                            .DEFAULT_REDIRECT_URI_VALIDATOR
                                            .andThen(OAuth2AuthorizationCodeRequestAuthenticationValidator.DEFAULT_SCOPE_VALIDATOR)
                                            .andThen(entry));
                                }
                            }))
                            .errorResponseHandler(entry))
                    .clientAuthentication(auth -> auth.authenticationProviders(providers -> providers.forEach(provider -> {
                        if (provider instanceof ClientSecretAuthenticationProvider secrets) {
                            secrets.setPasswordEncoder(new ClientSecretDigest());
                        }
                    })))
                    .oidc(oidc -> oidc
                            .providerConfigurationEndpoint(discovery -> discovery.providerConfigurationCustomizer(config -> config
                                    .scopes(scopes -> scopes.addAll(vn.dangnhap.oidc.OidcClient.KNOWN_SCOPES))
                                    .claim("claims_supported", IdentityClaims.SUPPORTED)
                                    .claim("backchannel_logout_supported", true)
                                    .claim("backchannel_logout_session_supported", true)
                                    .claim("frontchannel_logout_supported", false)))
                            .userInfoEndpoint(userInfo -> userInfo.userInfoMapper(context -> {
                                OAuth2Authorization grant = context.getAuthorization();
                                // registered-client id = client id = application code (RegisteredClients)
                                ReleasedIdentity identity = grants.admitted(grant, GrantEntry.personOf(grant),
                                        grant.getRegisteredClientId(), GrantEntry.AT_USERINFO);
                                return new OidcUserInfo(IdentityClaims.of(identity, grant.getAuthorizedScopes()));
                            }))
                            .logoutEndpoint(logout -> logout.logoutResponseHandler(rpLogout)));
        });
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
