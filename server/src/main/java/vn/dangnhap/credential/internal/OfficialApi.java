package vn.dangnhap.credential.internal;

import vn.dangnhap.admin.ActingAdmin;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangnhap.credential.internal.OfficialAdministration.StatusChange;
import vn.dangnhap.directory.AccountLock;
import vn.dangnhap.directory.AccountStatus;
import vn.dangnhap.directory.LockReason;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.OfficialAccount;
import vn.dangnhap.directory.OfficialInput;
import vn.dangnhap.directory.OfficialQuery;

/** Official accounts over JSON. Passwords go in, never come out. */
@RestController
@RequestMapping("/api/admin/officials")
@Tag(name = "Officials", description = "Official accounts (CBCC): create, change, disable, lock, set a password")
class OfficialApi {

    private final Directory directory;
    private final OfficialAdministration officials;

    OfficialApi(Directory directory, OfficialAdministration officials) {
        this.directory = directory;
        this.officials = officials;
    }

    /**
     * An official; {@code phone} in E.164 form; {@code hasPassword} false means the official cannot log in yet;
     * {@code lockReason} and {@code lockedAt} say why and since when a LOCKED account is locked (null otherwise);
     * {@code temporarilyLockedUntil} is set while failed logins keep the account temporarily locked (known devices excepted).
     */
    record OfficialView(UUID id, String email, String fullName, String phone, String unitCode, Set<String> roles,
                        AccountStatus status, boolean hasPassword, Instant createdAt, Instant updatedAt,
                        LockReason lockReason, Instant lockedAt, Instant temporarilyLockedUntil) {}

    /** A new official; {@code password} is optional (blank: none, the official cannot log in yet). */
    record OfficialCreateRequest(String email, String fullName, String phone, String unitCode, List<String> roles,
                                 String password) {}

    /** An official's changed data. */
    record OfficialUpdateRequest(String email, String fullName, String phone, String unitCode, List<String> roles) {}

    /** A new password for the official. */
    record PasswordRequest(String password) {}

    @GetMapping
    @Operation(summary = "Search officials by text (e-mail or name), unit and status, paged by limit/offset")
    List<OfficialView> list(@RequestParam(required = false) String text, @RequestParam(required = false) String unitCode,
                            @RequestParam(required = false) AccountStatus status,
                            @RequestParam(defaultValue = "50") int limit, @RequestParam(defaultValue = "0") int offset) {
        return directory.officials(new OfficialQuery(text, unitCode, status, limit, offset)).stream().map(this::view).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One official")
    OfficialView one(@PathVariable UUID id) {
        return view(directory.official(id));
    }

    @PostMapping
    @Operation(summary = "Create an official (201); 400 on bad input, 409 when the e-mail is taken")
    ResponseEntity<OfficialView> create(@RequestBody OfficialCreateRequest body, ActingAdmin admin) {
        OfficialAccount created = officials.create(admin,
                new OfficialInput(body.email(), body.fullName(), body.phone(), body.unitCode(), body.roles()), body.password());
        return ResponseEntity.created(URI.create("/api/admin/officials/" + created.id())).body(view(created));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an official's e-mail, name, phone, unit and roles")
    OfficialView update(@PathVariable UUID id, @RequestBody OfficialUpdateRequest body,
                        ActingAdmin admin) {
        return view(officials.update(admin, id,
                new OfficialInput(body.email(), body.fullName(), body.phone(), body.unitCode(), body.roles())));
    }

    @PutMapping("/{id}/password")
    @Operation(summary = "Set the official's password (204)")
    ResponseEntity<Void> password(@PathVariable UUID id, @RequestBody PasswordRequest body,
                                  ActingAdmin admin) {
        officials.setPassword(admin, id, body.password());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/disable")
    @Operation(summary = "Disable the account (e.g. the official left); kept for history")
    OfficialView disable(@PathVariable UUID id, ActingAdmin admin) {
        return view(officials.change(admin, id, StatusChange.DISABLE));
    }

    @PostMapping("/{id}/enable")
    @Operation(summary = "Enable a disabled account")
    OfficialView enable(@PathVariable UUID id, ActingAdmin admin) {
        return view(officials.change(admin, id, StatusChange.ENABLE));
    }

    @PostMapping("/{id}/lock")
    @Operation(summary = "Lock the account")
    OfficialView lock(@PathVariable UUID id, ActingAdmin admin) {
        return view(officials.change(admin, id, StatusChange.LOCK));
    }

    @PostMapping("/{id}/unlock")
    @Operation(summary = "Unlock a locked account; also ends a temporary lock after failed logins")
    OfficialView unlock(@PathVariable UUID id, ActingAdmin admin) {
        return view(officials.change(admin, id, StatusChange.UNLOCK));
    }

    private OfficialView view(OfficialAccount o) {
        Optional<AccountLock> lock = o.status() == AccountStatus.LOCKED ? officials.lockOf(o.id()) : Optional.empty();
        return new OfficialView(o.id(), o.email().value(), o.fullName(), o.phone() == null ? null : o.phone().e164(),
                o.unitCode(), o.roles(), o.status(), officials.hasPassword(o.id()), o.createdAt(), o.updatedAt(),
                lock.map(AccountLock::reason).orElse(null), lock.map(AccountLock::lockedAt).orElse(null),
                officials.temporarilyLockedUntil(o.id()).orElse(null));
    }
}
