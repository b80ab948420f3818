package vn.dangnhap.oidc.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A browser that reaches the authorization endpoint without a session goes to the login page,
 * carrying two hints of the authentication request (OpenID Connect Core §3.1.2.1): {@code login_hint}
 * fills in the user name, and the first of {@code ui_locales} the pages speak (Vietnamese or English)
 * picks their language ({@code lang}, as the language links do).
 */
final class LoginPageEntry implements AuthenticationEntryPoint {

    private static final int MAX_HINT = 254;

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        UriComponentsBuilder login = UriComponentsBuilder.fromPath(request.getContextPath() + "/login");
        String hint = request.getParameter("login_hint");
        if (StringUtils.hasText(hint) && hint.length() <= MAX_HINT) {
            login.queryParam("username", hint.strip());
        }
        language(request.getParameter("ui_locales")).ifPresent(lang -> login.queryParam("lang", lang));
        response.sendRedirect(login.encode().build().toUriString());
    }

    /** The first language tag of the list that is Vietnamese or English. */
    static Optional<String> language(String uiLocales) {
        if (!StringUtils.hasText(uiLocales)) {
            return Optional.empty();
        }
        return Arrays.stream(uiLocales.split(" "))
                .filter(StringUtils::hasText)
                .map(tag -> Locale.forLanguageTag(tag).getLanguage())
                .filter(lang -> lang.equals("vi") || lang.equals("en"))
                .findFirst();
    }
}
