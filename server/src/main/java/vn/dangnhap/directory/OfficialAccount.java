package vn.dangnhap.directory;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * An official ("cán bộ, công chức" — CBCC): one account, the official e-mail as its login name.
 * {@code phoneVerified} is true only after the official typed the one-time code sent to
 * {@code phone}; an admin's change of the number makes it false again.
 */
public record OfficialAccount(
        UUID id,
        EmailAddress email,
        String fullName,
        PhoneNumber phone,
        String unitCode,
        Set<String> roles,
        AccountStatus status,
        Instant createdAt,
        Instant updatedAt,
        boolean phoneVerified) {

    public OfficialAccount {
        roles = Set.copyOf(roles);
        phoneVerified = phoneVerified && phone != null;
    }

    /** An account whose phone number (if any) was not verified by a one-time code. */
    public OfficialAccount(UUID id, EmailAddress email, String fullName, PhoneNumber phone, String unitCode,
                           Set<String> roles, AccountStatus status, Instant createdAt, Instant updatedAt) {
        this(id, email, fullName, phone, unitCode, roles, status, createdAt, updatedAt, false);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
