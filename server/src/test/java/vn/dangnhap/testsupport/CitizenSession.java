package vn.dangnhap.testsupport;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import vn.dangnhap.citizen.CitizenAccount;
import vn.dangnhap.citizen.CitizenAccounts;
import vn.dangnhap.login.SignedInCitizen;

/**
 * TEST ONLY: starts a real SSO session (session cookie, security context in the HTTP session, as
 * the login page would leave it) for a citizen account, without a citizen login page: those are
 * built elsewhere (legacy password login, VNeID). {@code GET /test-only/citizen-session?account=<id>}
 * answers 204 with the session cookie. Import {@link Config} into a {@code @SpringBootTest}.
 */
public final class CitizenSession {

    public static final String PATH = "/test-only/citizen-session";

    private CitizenSession() {}

    /** Signs the client in as the citizen; the client keeps the session cookie. */
    public static void signIn(FormClient client, UUID accountId) {
        var response = client.get(PATH + "?account=" + accountId);
        if (response.statusCode() != 204) {
            throw new AssertionError("test sign-in failed: " + response.statusCode() + " " + response.body());
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Order(-10)
        SecurityFilterChain testOnlyCitizenSession(HttpSecurity http) throws Exception {
            http.securityMatcher(PATH)
                    .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                    .csrf(csrf -> csrf.disable());
            return http.build();
        }

        /** A functional endpoint, not a {@code @Controller}: component scanning must not find it in other tests. */
        @Bean
        RouterFunction<ServerResponse> testOnlyCitizenSignIn(CitizenAccounts citizens, Clock clock) {
            HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();
            return RouterFunctions.route().GET(PATH, request -> {
                CitizenAccount citizen = citizens.account(UUID.fromString(request.param("account").orElseThrow()));
                var principal = new SignedInCitizen(citizen.id(), citizen.displayLogin(), citizen.fullName());
                var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                        List.of(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)
                                .issuedAt(clock.instant()).build()));
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(authentication);
                HttpServletRequest servletRequest = request.servletRequest();
                servletRequest.getSession(true);
                servletRequest.changeSessionId();
                return ServerResponse.noContent().build((req, res) -> {
                    repository.saveContext(context, req, res);
                    return null;
                });
            }).build();
        }
    }
}
