package vn.dangnhap.session;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * How one protocol writes a logout notice and reports a delivery attempt. Implemented by the
 * protocol modules (OpenID Connect back-channel logout, CAS single logout), beside their
 * {@link SessionParticipant}.
 */
public interface LogoutMessage {

    /** The name stored with each queued notice, e.g. {@code OIDC}. */
    String protocol();

    /** The {@code application/x-www-form-urlencoded} body to POST, built at send time (fresh timestamps). */
    String formBody(LogoutNotice notice);

    /**
     * What the application's HTTP status code means in this protocol: taken, refused for good, or
     * worth another attempt. Asked only when an answer came; a failed connection is always retried.
     */
    LogoutAnswer judge(int status);

    /**
     * Called after each attempt.
     *
     * @param outcome {@code DELIVERED}, {@code REFUSED} (the application answered that it will not act on
     *                it; not sent again), {@code RETRYING} or {@code GAVE_UP}
     * @param error   why the attempt failed, or null
     */
    void attempted(LogoutNotice notice, String outcome, int attempt, String error);

    /** A form field for {@link #formBody}: {@code name=url-encoded value}. */
    static String formField(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
