package vn.dangnhap.login;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.UUID;

/**
 * An official's SSO session ended — logout, idle timeout, or an admin ending it. Applications
 * that were signed in through it are told (back-channel logout).
 *
 * @param sid the session's public identifier: base64url(SHA-256(session id)), the {@code sid}
 *            claim of the ID tokens issued in that session; the session id itself never leaves
 *            the server
 */
public record SsoSessionEnded(String sid, UUID accountId, String email) {

    public static String sidOf(String sessionId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
