package vn.dangnhap.credential.internal;

import vn.dangnhap.admin.ActingAdmin;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/admin/officials/{id}/password-reset}: a new default password, in this answer only. */
@RestController
@Tag(name = "Officials")
class PasswordResetApi {

    private final OfficialPasswordReset reset;

    PasswordResetApi(OfficialPasswordReset reset) {
        this.reset = reset;
    }

    /** The new default password; the official must change it at the next login. */
    record PasswordResetResponse(String defaultPassword) {}

    @PostMapping("/api/admin/officials/{id}/password-reset")
    @Operation(summary = "Reset the official's password: a random default password, returned this once (200); "
            + "the official must change it at the next login")
    ResponseEntity<PasswordResetResponse> reset(@PathVariable UUID id, ActingAdmin admin) {
        OfficialPasswordReset.Result result = reset.reset(admin, id);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new PasswordResetResponse(result.defaultPassword()));
    }
}
