package vn.sandbox.demo.onestop;

import java.util.Map;

import org.apereo.cas.client.authentication.AuthenticationFilter;
import org.apereo.cas.client.session.SingleSignOutFilter;
import org.apereo.cas.client.session.SingleSignOutHttpSessionListener;
import org.apereo.cas.client.util.HttpServletRequestWrapperFilter;
import org.apereo.cas.client.validation.Cas30ProxyReceivingTicketValidationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.HttpEncodingAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import jakarta.servlet.Filter;
import vn.sandbox.Embedded;

/**
 * The demo one-stop application ("Một cửa điện tử", iGate-like): an application with its own login
 * page that offers "Đăng nhập qua SSO" and signs the official in with Dangnhap over CAS 3.0, using
 * the Apereo Java CAS client's servlet filters as any Java web application would (docs/integration.md):
 *
 * <ol>
 * <li>{@link SingleSignOutFilter} on every path: remembers which session a service ticket opened and
 * ends that session when Dangnhap POSTs the single-logout request;
 * <li>{@link AuthenticationFilter} on {@value OneStopPages#SSO} only: without a CAS session, to
 * Dangnhap's {@code /cas/login?service=…}; the application's other pages stay its own;
 * <li>{@link Cas30ProxyReceivingTicketValidationFilter} on {@value OneStopPages#SSO}: validates the
 * ticket at {@code /cas/p3/serviceValidate} and keeps the assertion (user and attributes) in the session;
 * <li>{@link HttpServletRequestWrapperFilter}: {@code request.getRemoteUser()} is the CAS user;
 * <li>{@link SingleSignOutHttpSessionListener}: forgets ended sessions.
 * </ol>
 *
 * Demo and tests only. Imports only the web auto-configurations it needs.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({
        PropertyPlaceholderAutoConfiguration.class,
        TomcatServletWebServerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class,
        HttpEncodingAutoConfiguration.class,
        ErrorMvcAutoConfiguration.class })
@Import(OneStopPages.class)
public class OneStopApplication {

    /** Its configuration file: {@code demo-onestop.properties}. */
    public static final String CONFIG_NAME = "demo-onestop";

    /** Runs it alone: {@code --dangnhap.url=https://sso.tinh.gov.vn --onestop.url=https://motcua.tinh.gov.vn}. */
    public static void main(String[] args) {
        Embedded.runAlone(OneStopApplication.class, CONFIG_NAME, args);
    }

    /** Starts it inside another application's JVM (the sandbox's demo launcher). */
    public static ConfigurableApplicationContext start(String... args) {
        return Embedded.start(OneStopApplication.class, CONFIG_NAME, args);
    }

    @Bean
    FilterRegistrationBean<SingleSignOutFilter> casSingleSignOut(@Value("${cas.server-url-prefix}") String casServer) {
        return filter(new SingleSignOutFilter(), 1, Map.of("casServerUrlPrefix", casServer), "/*");
    }

    @Bean
    FilterRegistrationBean<AuthenticationFilter> casAuthentication(@Value("${cas.server-login-url}") String casLogin,
            @Value("${onestop.url}") String serverName) {
        return filter(new AuthenticationFilter(), 2, Map.of("casServerLoginUrl", casLogin, "serverName", serverName),
                OneStopPages.SSO);
    }

    @Bean
    FilterRegistrationBean<Cas30ProxyReceivingTicketValidationFilter> casValidation(
            @Value("${cas.server-url-prefix}") String casServer, @Value("${onestop.url}") String serverName) {
        return filter(new Cas30ProxyReceivingTicketValidationFilter(), 3,
                Map.of("casServerUrlPrefix", casServer, "serverName", serverName), OneStopPages.SSO);
    }

    @Bean
    FilterRegistrationBean<HttpServletRequestWrapperFilter> casRequestWrapper() {
        return filter(new HttpServletRequestWrapperFilter(), 4, Map.of(), "/*");
    }

    @Bean
    ServletListenerRegistrationBean<SingleSignOutHttpSessionListener> casSessionListener() {
        return new ServletListenerRegistrationBean<>(new SingleSignOutHttpSessionListener());
    }

    private static <F extends Filter> FilterRegistrationBean<F> filter(F filter, int order, Map<String, String> parameters,
            String urlPattern) {
        FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(order);
        registration.setInitParameters(parameters);
        registration.addUrlPatterns(urlPattern);
        return registration;
    }
}
