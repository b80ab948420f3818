package vn.dangnhap.oidc.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * RFC 6749 §5.2 {@code invalid_client} at the endpoints a client authenticates to (token,
 * introspection, revocation, pushed authorization requests): 401 with the JSON error body — whether
 * the client sent wrong credentials or none at all — and, when it tried HTTP Basic, a
 * {@code WWW-Authenticate: Basic} challenge. Other errors found while authenticating the client
 * (a PKCE mismatch: {@code invalid_grant}) keep their code, with 400.
 */
final class ClientAuthenticationFailure implements AuthenticationEntryPoint, AuthenticationFailureHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        write(request, response, OAuth2ErrorCodes.INVALID_CLIENT, "Client authentication is required");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        // Not every failure here is the client's credentials: a PKCE code_verifier that does not match
        // is checked while authenticating a public client and is invalid_grant (RFC 7636 §4.6), a 400.
        OAuth2Error error = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError() : null;
        String code = error != null ? error.getErrorCode() : OAuth2ErrorCodes.INVALID_CLIENT;
        String description = error != null && error.getDescription() != null ? error.getDescription() : "Client authentication failed";
        write(request, response, code, description);
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, String code, String description)
            throws IOException {
        boolean client = OAuth2ErrorCodes.INVALID_CLIENT.equals(code);
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (client && authorization != null && authorization.regionMatches(true, 0, "Basic", 0, 5)) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"oauth2\", charset=\"UTF-8\"");
        }
        response.setStatus(client ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.getWriter().write("{\"error\":\"" + jsonEscape(code) + "\",\"error_description\":\"" + jsonEscape(description) + "\"}");
    }

    private static String jsonEscape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
