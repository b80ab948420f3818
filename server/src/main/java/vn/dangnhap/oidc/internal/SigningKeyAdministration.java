package vn.dangnhap.oidc.internal;

import vn.dangnhap.admin.AdminChanges;
import vn.dangnhap.admin.ActingAdmin;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.dangnhap.oidc.SigningKey;
import vn.dangnhap.oidc.SigningKeyRotation;

/** Token-signing keys as administrators handle them: listed without key material, rotated on demand and audited. */
@Service
class SigningKeyAdministration {

    private final SigningKeyRotation rotation;
    private final AdminChanges changes;

    SigningKeyAdministration(SigningKeyRotation rotation, AdminChanges changes) {
        this.rotation = rotation;
        this.changes = changes;
    }

    List<SigningKey> keys() {
        return rotation.keys();
    }

    /** New active keys for every algorithm; the current ones stay published for the overlap window. */
    List<SigningKey> rotate(ActingAdmin actor) {
        rotation.rotate();
        List<SigningKey> keys = rotation.keys();
        changes.record(actor, "SIGNING_KEYS_ROTATED", null, "active " + keys.stream()
                .filter(k -> k.status().equals("ACTIVE")).map(SigningKey::kid).toList());
        return keys;
    }
}
