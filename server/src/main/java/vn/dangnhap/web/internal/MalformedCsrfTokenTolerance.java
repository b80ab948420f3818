package vn.dangnhap.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Spring Security's default CSRF token handling (the token XOR-masked afresh on every page, BREACH),
 * with one change: a tampered token — base64 of the wrong length, which the masked-token decoder
 * indexes past its end — is a wrong token, answered 403 with the normal page like a missing one,
 * instead of an exception that surfaced as HTTP 500. Logged in one line, without the token.
 */
final class MalformedCsrfTokenTolerance implements CsrfTokenRequestHandler {

    private static final Logger log = LoggerFactory.getLogger(MalformedCsrfTokenTolerance.class);

    private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
        masked.handle(request, response, token);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
        try {
            return masked.resolveCsrfTokenValue(request, token);
        } catch (RuntimeException e) {
            log.warn("Malformed CSRF token on {} {} from {} ({}): refused", request.getMethod(), request.getRequestURI(),
                    request.getRemoteAddr(), e.getClass().getSimpleName());
            return null;
        }
    }
}
