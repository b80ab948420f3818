package vn.dangnhap.oidc.internal;

import vn.dangnhap.admin.ActingAdmin;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dangnhap.oidc.SigningKey;

/** Token-signing keys over JSON: listed without key material, rotated on demand. */
@RestController
@RequestMapping("/api/admin/signing-keys")
@Tag(name = "Signing keys", description = "Keys that sign ID and access tokens, published at /oauth2/jwks")
class SigningKeyApi {

    private final SigningKeyAdministration keys;

    SigningKeyApi(SigningKeyAdministration keys) {
        this.keys = keys;
    }

    @GetMapping
    @Operation(summary = "List the published signing keys, newest first: kid, algorithm, ACTIVE or PREVIOUS, when created, when retired")
    List<SigningKey> list() {
        return keys.keys();
    }

    @PostMapping("/rotate")
    @Operation(summary = "Rotate: new ACTIVE keys for every algorithm; the current ones become PREVIOUS and stay in JWKS for the overlap window")
    List<SigningKey> rotate(ActingAdmin admin) {
        return keys.rotate(admin);
    }
}
