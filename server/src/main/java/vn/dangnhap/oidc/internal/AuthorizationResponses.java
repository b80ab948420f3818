package vn.dangnhap.oidc.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * How the authorization endpoint answers the client, success or error: the parameters RFC 6749
 * §4.1.2 and §4.1.2.1 name, plus {@code iss} (RFC 9207, so a client talking to several providers can
 * tell which one answered), delivered by the {@code response_mode} the client asked for —
 * {@code query} (the default for {@code code}), {@code fragment} (OAuth 2.0 Multiple Response Type
 * Encoding Practices §2.1), or {@code form_post} (OAuth 2.0 Form Post Response Mode: an HTML page
 * that posts the parameters to the redirect URI by itself; its one script runs under a nonce of
 * this response's Content-Security-Policy, which allows nothing else).
 */
@Component
class AuthorizationResponses implements AuthenticationSuccessHandler {

    static final String RESPONSE_MODE = "response_mode";
    static final String QUERY = "query";
    static final String FRAGMENT = "fragment";
    static final String FORM_POST = "form_post";
    static final Set<String> MODES = Set.of(QUERY, FRAGMENT, FORM_POST);
    /**
     * Request attribute: the mode of the request being answered, noted when its parameters are checked
     * ({@link AuthenticationRequestRules}) — the issued code's token no longer carries the request's
     * parameters, and a pushed request's are not in the browser's URL.
     */
    static final String MODE_ATTRIBUTE = AuthorizationResponses.class.getName() + ".MODE";

    private final ITemplateEngine templates;
    private final LocaleResolver locales;
    private final SecureRandom random = new SecureRandom();

    AuthorizationResponses(ITemplateEngine templates, LocaleResolver locales) {
        this.templates = templates;
        this.locales = locales;
    }

    /** The code, to the redirect URI the request was validated with. */
    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        var issued = (OAuth2AuthorizationCodeRequestAuthenticationToken) authentication;
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(OAuth2ParameterNames.CODE, issued.getAuthorizationCode().getTokenValue());
        putIfPresent(parameters, OAuth2ParameterNames.STATE, issued.getState());
        parameters.put("iss", issuer());
        send(request, response, issued.getRedirectUri(), parameters, responseMode(request, issued));
    }

    /** An error, to a redirect URI known to be the client's. */
    void sendError(HttpServletRequest request, HttpServletResponse response, OAuth2AuthorizationCodeRequestAuthenticationToken failed,
                   OAuth2Error error) throws IOException {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(OAuth2ParameterNames.ERROR, error.getErrorCode());
        putIfPresent(parameters, OAuth2ParameterNames.ERROR_DESCRIPTION, error.getDescription());
        putIfPresent(parameters, OAuth2ParameterNames.ERROR_URI, error.getUri());
        putIfPresent(parameters, OAuth2ParameterNames.STATE, failed.getState());
        parameters.put("iss", issuer());
        send(request, response, failed.getRedirectUri(), parameters, responseMode(request, failed));
    }

    /** The mode asked for when it is one we answer in; else the default (an unknown mode is refused before any answer). */
    private static String responseMode(HttpServletRequest request, OAuth2AuthorizationCodeRequestAuthenticationToken answered) {
        Object mode = request.getAttribute(MODE_ATTRIBUTE);
        if (mode == null) {
            mode = answered.getAdditionalParameters().get(RESPONSE_MODE);
        }
        return mode instanceof String known && MODES.contains(known) ? known : QUERY;
    }

    private void send(HttpServletRequest request, HttpServletResponse response, String redirectUri, Map<String, String> parameters,
                      String mode) throws IOException {
        switch (mode) {
            case FORM_POST -> formPost(request, response, redirectUri, parameters);
            case FRAGMENT -> {
                StringBuilder fragment = new StringBuilder();
                parameters.forEach((name, value) -> fragment.append(fragment.isEmpty() ? "" : "&")
                        .append(name).append('=').append(encode(value)));
                response.sendRedirect(UriComponentsBuilder.fromUriString(redirectUri).fragment(fragment.toString())
                        .build(true).toUriString());
            }
            default -> {
                UriComponentsBuilder target = UriComponentsBuilder.fromUriString(redirectUri);
                parameters.forEach((name, value) -> target.queryParam(name, encode(value)));
                response.sendRedirect(target.build(true).toUriString());
            }
        }
    }

    private void formPost(HttpServletRequest request, HttpServletResponse response, String redirectUri,
                          Map<String, String> parameters) throws IOException {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        Context page = new Context(locales.resolveLocale(request));
        page.setVariable("action", redirectUri);
        page.setVariable("parameters", parameters);
        page.setVariable("nonce", nonce);
        page.setVariable("stylesheet", request.getContextPath() + "/css/app.css");
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", "default-src 'none'; script-src 'nonce-" + nonce + "'; style-src 'self'; "
                + "img-src 'self' data:; form-action " + origin(redirectUri) + "; base-uri 'none'; frame-ancestors 'none'");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.getWriter().write(templates.process("oidc/form-post", page));
    }

    private static String origin(String uri) {
        URI parsed = URI.create(uri);
        return parsed.getScheme() + "://" + parsed.getRawAuthority();
    }

    private static String issuer() {
        return AuthorizationServerContextHolder.getContext().getIssuer();
    }

    private static void putIfPresent(Map<String, String> parameters, String name, String value) {
        if (StringUtils.hasText(value)) {
            parameters.put(name, value);
        }
    }

    private static String encode(String value) {
        return UriUtils.encode(value, StandardCharsets.UTF_8);
    }
}
