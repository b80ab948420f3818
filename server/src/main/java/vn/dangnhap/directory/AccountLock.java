package vn.dangnhap.directory;

import java.time.Instant;

/** Why and since when an account is locked. */
public record AccountLock(LockReason reason, Instant lockedAt) {}
