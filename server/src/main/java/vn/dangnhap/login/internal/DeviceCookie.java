package vn.dangnhap.login.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * {@code DANGNHAP_DEVICE}: marks a browser that logged in to an account before, so failures from
 * elsewhere do not lock it out (credential's {@code LoginThrottle}). A random 256-bit token; the
 * server keeps only its SHA-256. HttpOnly, SameSite=Lax, Secure over TLS.
 */
final class DeviceCookie {

    static final String NAME = "DANGNHAP_DEVICE";

    private DeviceCookie() {}

    static String read(HttpServletRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }

    static void write(HttpServletRequest request, HttpServletResponse response, String token, Duration lifetime) {
        ResponseCookie cookie = ResponseCookie.from(NAME, token)
                .path(request.getContextPath().isEmpty() ? "/" : request.getContextPath())
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .maxAge(lifetime)
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }
}
