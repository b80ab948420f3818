package vn.dangnhap.oidc.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Client secrets are generated with 256 random bits, so a fast digest is enough: SHA-256,
 * compared in constant time. Argon2 here would add ~30 ms to every token request
 * (DESIGN.md §3).
 */
public final class ClientSecretDigest implements PasswordEncoder {

    public static String digest(String secret) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return digest(rawPassword.toString());
    }

    @Override
    public boolean matches(CharSequence rawPassword, String storedDigest) {
        if (rawPassword == null || storedDigest == null || rawPassword.length() > 512) {
            return false;
        }
        byte[] presented = digest(rawPassword.toString()).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(presented, storedDigest.getBytes(StandardCharsets.US_ASCII));
    }
}
