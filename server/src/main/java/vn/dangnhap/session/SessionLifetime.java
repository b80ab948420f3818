package vn.dangnhap.session;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;

/**
 * How long an SSO session lives. By default it ends after {@code server.servlet.session.timeout}
 * idle (15 minutes) and its cookie with the browser window; "Ghi nhớ đăng nhập" keeps it for a
 * longer idle time and gives the cookie the same lifetime, so it outlives the window.
 */
public final class SessionLifetime {

    /** The request attribute the session cookie reads to write a Max-Age. */
    public static final String KEEP_ATTRIBUTE = SessionLifetime.class.getName() + ".KEEP";

    private SessionLifetime() {}

    /** Keeps this browser signed in for {@code idle} without use; the cookie lasts as long. */
    public static void keepThisBrowserSignedIn(HttpServletRequest request, Duration idle) {
        HttpSession session = request.getSession();
        session.setMaxInactiveInterval((int) idle.toSeconds());
        request.setAttribute(KEEP_ATTRIBUTE, Boolean.TRUE);
    }
}
