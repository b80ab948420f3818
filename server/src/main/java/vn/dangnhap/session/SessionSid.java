package vn.dangnhap.session;

import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The public identifier of an SSO session, {@code sid}: base64url(SHA-256(session id)), as Spring's
 * authorization server writes it into the ID tokens issued in the session; CAS remembers its tickets
 * under the same value. The session id itself never leaves the server.
 */
public final class SessionSid {

    private SessionSid() {}

    public static String of(HttpSession session) {
        return of(session.getId());
    }

    public static String of(String sessionId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
