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
 * Until a legacy citizen account is verified, every page and endpoint of the session answers with
 * a redirect to {@code /account/verify} — like {@link PasswordChangeFilter} for a default password,
 * and before Spring Security's filters for the same reason (the OIDC endpoints answer from their own
 * chain). Open: the verification page, login (including "Đăng nhập bằng VNeID" under
 * {@code /login/upstream/}), logout, the error page and static resources.
 */
class CitizenVerificationFilter extends OncePerRequestFilter {

    private final CitizenVerificationGate gate;

    CitizenVerificationFilter(CitizenVerificationGate gate) {
        this.gate = gate;
    }

    private static final List<String> OPEN_PREFIXES = List.of(CitizenVerificationGate.VERIFY_PAGE, "/login", "/logout",
            "/error", "/css/", "/icons/", "/img/", "/favicon.ico", "/actuator/");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isOpen(request) && gate.mustVerify(request.getSession(false))) {
            response.sendRedirect(request.getContextPath() + CitizenVerificationGate.VERIFY_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isOpen(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return OPEN_PREFIXES.stream().anyMatch(open -> open.endsWith("/") ? path.startsWith(open)
                : path.equals(open) || path.startsWith(open + "/"));
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<CitizenVerificationFilter> citizenVerificationFilter(CitizenVerificationGate gate) {
            FilterRegistrationBean<CitizenVerificationFilter> registration = new FilterRegistrationBean<>(new CitizenVerificationFilter(gate));
            registration.addUrlPatterns("/*");
            registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
            return registration;
        }
    }
}
