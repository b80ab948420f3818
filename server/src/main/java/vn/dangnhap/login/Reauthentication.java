package vn.dangnhap.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Objects;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Fresh proof of identity inside a live SSO session, for a protocol that demands it — OpenID
 * Connect's {@code prompt=login} and {@code max_age} (Core §3.1.2.1), CAS's {@code renew=true}
 * (Protocol 3.0 §2.1.1). {@link #ask} sends the browser to the re-authentication page, which asks
 * the password again for the signed-in account (the name is fixed) and then continues the same
 * session with a new authentication time: the session id, so the {@code sid} every application
 * knows, stays, and nobody is logged out.
 *
 * <p>Every login — the login form, the re-authentication page, an upstream (VNeID) login — marks
 * the request it continues as freshly authenticated. The protocol asks {@link #freshlyAuthenticated}
 * when that request comes back, to tell "the password was just typed for this request" from a
 * request answered from the SSO session alone. The mark is used once.
 */
@Component
public class Reauthentication {

    /** The re-authentication page. */
    public static final String PAGE = "/login/again";

    private static final String FRESH = Reauthentication.class.getName() + ".FRESH";
    /** Spring Security's marker on a saved request's return address; not part of the request itself. */
    private static final String CONTINUE = "continue";

    private final RequestCache requests = new HttpSessionRequestCache();

    /** Keeps this request to come back to and sends the browser to the re-authentication page. */
    public void ask(HttpServletRequest request, HttpServletResponse response) throws IOException {
        requests.saveRequest(request, response);
        response.sendRedirect(request.getContextPath() + PAGE);
    }

    /**
     * Whether this request is the continuation of a login that just happened for it; answers
     * {@code true} once.
     */
    public boolean freshlyAuthenticated(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(FRESH) instanceof String marked)) {
            return false;
        }
        String query = request.getQueryString();
        if (!marked.equals(key(request.getRequestURI() + (query == null ? "" : "?" + query)))) {
            return false;
        }
        session.removeAttribute(FRESH);
        return true;
    }

    /**
     * After a successful login of any kind (called by the login module's own success paths): the
     * request the login continues counts as freshly authenticated.
     */
    public void markContinuation(HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = requests.getRequest(request, response);
        if (saved != null) {
            request.getSession().setAttribute(FRESH, key(saved.getRedirectUrl()));
        }
    }

    /** Path and parameters, without host (proxies) and without the {@code continue} marker, in a stable order. */
    private static String key(String url) {
        UriComponents parsed = UriComponentsBuilder.fromUriString(url).build();
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>(parsed.getQueryParams());
        parameters.remove(CONTINUE);
        StringBuilder key = new StringBuilder(Objects.requireNonNullElse(parsed.getPath(), "/"));
        parameters.keySet().stream().sorted().forEach(name ->
                parameters.get(name).forEach(value -> key.append('&').append(name).append('=').append(value)));
        return key.toString();
    }
}
