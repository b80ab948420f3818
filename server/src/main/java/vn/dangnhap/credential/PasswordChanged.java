package vn.dangnhap.credential;

import java.util.UUID;

/** The owner chose a new password (it met the policy); a default password no longer applies. */
public record PasswordChanged(UUID accountId) {}
