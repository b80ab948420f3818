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

    public List<SigningKeys.KeyInfo> keys() {
        return keys.keys();
    }

    public void rotate() {
        keys.rotate();
    }
}
