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
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import vn.dangnhap.entry.ReleasedIdentity;

/**
 * Spring Security's authorization server, configured: our client repository, grant and consent
 * stores, consent page, SHA-256 client-secret check, the entry decision at the authorization
 * endpoint ({@link EntryAtAuthorization}), at every token ({@link TokenClaims}) and at UserInfo
 * (claims from the released identity), the authentication request rules ({@link AuthenticationRequestRules}) and
 * responses ({@link AuthorizationResponses}: {@code iss}, response modes), pushed authorization requests
 * (RFC 9126), {@code invalid_client} bodies ({@link ClientAuthenticationFailure}), 405 for the wrong method on
 * the POST-only endpoints ({@link PostOnlyEndpoints}), discovery that lists only what works
 * ({@link ProviderMetadata}), and the login page for browsers that arrive without a session.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain authorizationServer(HttpSecurity http, RegisteredClients clients, AuthorizationStore authorizations,
                                            ConsentStore consents, GrantEntry grants, RpInitiatedLogout rpLogout,
                                            EntryAtAuthorization entry, AuthenticationRequestRules requestRules,
                                            AuthorizationResponses responses, AuthorizationServerSettings settings) {
        RequestMatcher postOnly = new OrRequestMatcher(
                PathPatternRequestMatcher.pathPattern(settings.getTokenEndpoint()),
                PathPatternRequestMatcher.pathPattern(settings.getTokenIntrospectionEndpoint()),
                PathPatternRequestMatcher.pathPattern(settings.getTokenRevocationEndpoint()),
                PathPatternRequestMatcher.pathPattern(settings.getPushedAuthorizationRequestEndpoint()));
        RequestMatcher resourceMetadata = PathPatternRequestMatcher.pathPattern("/.well-known/oauth-protected-resource/**");
        ClientAuthenticationFailure clientFailure = new ClientAuthenticationFailure();
        http.oauth2AuthorizationServer(server -> {
            // Also the wrong methods on the POST-only endpoints (answered 405 here, not by the login page),
            // and the protected-resource metadata (RFC 9728) the Bearer challenges point to.
            http.securityMatcher(new OrRequestMatcher(server.getEndpointsMatcher(), postOnly, resourceMetadata));
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
                                            .andThen(requestRules)
                                            .andThen(entry));
                                }
                            }))
                            .authorizationResponseHandler(responses)
                            .errorResponseHandler(entry))
                    .clientAuthentication(auth -> auth
                            .authenticationProviders(providers -> providers.forEach(provider -> {
                                if (provider instanceof ClientSecretAuthenticationProvider secrets) {
                                    secrets.setPasswordEncoder(new ClientSecretDigest());
                                }
                            }))
                            .errorResponseHandler(clientFailure))
                    .pushedAuthorizationRequestEndpoint(Customizer.withDefaults())
                    .oidc(oidc -> oidc
                            .providerConfigurationEndpoint(discovery -> discovery
                                    .providerConfigurationCustomizer(new ProviderMetadata(settings)))
                            .userInfoEndpoint(userInfo -> userInfo.userInfoMapper(context -> {
                                OAuth2Authorization grant = context.getAuthorization();
                                // registered-client id = client id = application code (RegisteredClients)
                                ReleasedIdentity identity = grants.admitted(grant, GrantEntry.personOf(grant),
                                        grant.getRegisteredClientId(), GrantEntry.AT_USERINFO);
                                return new OidcUserInfo(IdentityClaims.of(identity, grant.getAuthorizedScopes()));
                            }))
                            .logoutEndpoint(logout -> logout.logoutResponseHandler(rpLogout)));
        });
        http.addFilterBefore(new PostOnlyEndpoints(postOnly), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(auth -> auth.requestMatchers(resourceMetadata).permitAll().anyRequest().authenticated())
                .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()))
                .exceptionHandling(ex -> ex
                        .defaultAuthenticationEntryPointFor(clientFailure, postOnly)
                        .defaultAuthenticationEntryPointFor(new LoginPageEntry(), browsers()));
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
