package vn.dangnhap.login.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until a default password is changed, every page and endpoint of the session answers with a
 * redirect to {@code /password/change} — the portal, {@code /launch}, {@code /admin},
 * {@code /account/**} and the OIDC endpoints alike. A servlet filter placed before Spring
 * Security's, because the authorization server's endpoints live in their own filter chain and
 * answer from inside it. Static resources, login, logout and the error page stay reachable.
 */
class PasswordChangeFilter extends OncePerRequestFilter {

    private static final List<String> OPEN_PREFIXES = List.of(PasswordChangeGate.CHANGE_PAGE, "/login", "/logout",
            "/error", "/css/", "/icons/", "/img/", "/favicon.ico", "/actuator/");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (PasswordChangeGate.mustChange(request.getSession(false)) && !isOpen(request)) {
            response.sendRedirect(request.getContextPath() + PasswordChangeGate.CHANGE_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isOpen(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return OPEN_PREFIXES.stream().anyMatch(open -> open.endsWith("/") ? path.startsWith(open)
                : path.equals(open) || path.startsWith(open + "/") || path.startsWith(open + "?"));
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<PasswordChangeFilter> passwordChangeFilter() {
            FilterRegistrationBean<PasswordChangeFilter> registration = new FilterRegistrationBean<>(new PasswordChangeFilter());
            registration.addUrlPatterns("/*");
            registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
            return registration;
        }
    }
}
