package vn.dangnhap.credential;

import java.time.Instant;

/**
 * Where an account's password stands, without the hash.
 *
 * @param changedAt  when the current password was set (for a default password: when it was issued)
 * @param mustChange a default password (new or reset account) that the owner has to replace at
 *                   the next login
 */
public record PasswordStatus(Instant changedAt, boolean mustChange) {}
