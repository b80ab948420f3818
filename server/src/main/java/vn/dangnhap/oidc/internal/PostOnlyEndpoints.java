package vn.dangnhap.oidc.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The token, introspection, revocation and pushed-authorization-request endpoints take only POST
 * (RFC 6749 §3.2, RFC 7662 §2.1, RFC 7009 §2.1, RFC 9126 §2): any other method is answered 405 with
 * {@code Allow: POST} and an OAuth JSON error, before anything else looks at the request — no login
 * page, no session.
 */
final class PostOnlyEndpoints extends OncePerRequestFilter {

    private final RequestMatcher endpoints;

    PostOnlyEndpoints(RequestMatcher endpoints) {
        this.endpoints = endpoints;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (HttpMethod.POST.matches(request.getMethod()) || !endpoints.matches(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        response.setHeader(HttpHeaders.ALLOW, HttpMethod.POST.name());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"error\":\"invalid_request\",\"error_description\":\"This endpoint accepts only POST\"}");
    }
}
