package vn.dangnhap.oidc;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.dangnhap.oidc.internal.SigningKeys;

/** What admins do with the token-signing keys: list them (no key material) and rotate them. */
@Service
public class SigningKeyRotation {

    private final SigningKeys keys;

    public SigningKeyRotation(SigningKeys keys) {
        this.keys = keys;
    }

    /** The published keys, newest first. */
    public List<SigningKey> keys() {
        return keys.keys().stream()
                .map(k -> new SigningKey(k.kid(), k.algorithm(), k.status(), k.createdAt(), k.retireAt()))
                .toList();
    }

    public void rotate() {
        keys.rotate();
    }
}
