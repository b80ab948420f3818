package vn.dangnhap.directory;

import java.util.UUID;

/** An official's account was locked, disabled or reactivated. */
public record OfficialStatusChanged(UUID accountId, AccountStatus status) {}
