package vn.dangnhap.directory;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** An official ("cán bộ, công chức" — CBCC): one account, the official e-mail as its login name. */
public record OfficialAccount(
        UUID id,
        EmailAddress email,
        String fullName,
        PhoneNumber phone,
        String unitCode,
        Set<String> roles,
        AccountStatus status,
        Instant createdAt,
        Instant updatedAt) {

    public OfficialAccount {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
