package vn.dangnhap.login.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import vn.dangnhap.credential.PasswordCredentials;
import vn.dangnhap.web.ApiSecurity;
import vn.dangnhap.web.PageSecurity;

/**
 * The login module's part of web security: the {@link AuthenticationManager} (password login, for
 * the form and for HTTP Basic on the API), the form login and logout of the pages, and on the API the
 * refusal of default passwords. The chains themselves are the web module's.
 */
@Configuration(proxyBeanMethods = false)
class LoginSecurity implements PageSecurity, ApiSecurity {

    private final LoginOutcomes outcomes;
    private final PasswordCredentials passwords;

    LoginSecurity(LoginOutcomes outcomes, PasswordCredentials passwords) {
        this.outcomes = outcomes;
        this.passwords = passwords;
    }

    @Bean
    static AuthenticationManager authenticationManager(PasswordLoginProvider provider) {
        ProviderManager manager = new ProviderManager(provider);
        manager.setEraseCredentialsAfterAuthentication(true);
        return manager;
    }

    @Override
    public void configureApi(HttpSecurity http) {
        http.addFilterAfter(new DefaultPasswordApiGuard(passwords), BasicAuthenticationFilter.class);
    }

    @Override
    public void configurePages(HttpSecurity http) throws Exception {
        http.formLogin(form -> form.loginPage("/login")
                        .successHandler(outcomes)
                        .failureHandler(outcomes)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .addLogoutHandler(outcomes)
                        .logoutSuccessHandler(outcomes)
                        .invalidateHttpSession(true)
                        .deleteCookies(LoginOutcomes.SESSION_COOKIE));
    }
}
