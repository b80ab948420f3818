package vn.dangnhap.credential;

import java.util.UUID;
import vn.dangnhap.directory.LockReason;

/** The lifecycle job locked an account by a password rule (for the audit trail). */
public record PasswordRuleLocked(UUID accountId, String email, LockReason reason) {}
