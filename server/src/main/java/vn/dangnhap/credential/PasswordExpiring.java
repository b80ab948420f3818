package vn.dangnhap.credential;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The account's password expires soon; published at most once per password and warning
 * threshold (14, 7, 3 and 1 days before, by default).
 *
 * @param daysLeft  whole days from today (Asia/Ho_Chi_Minh) to {@code expiresOn}
 * @param expiresOn the day the password expires and the account locks
 */
public record PasswordExpiring(UUID accountId, long daysLeft, LocalDate expiresOn) {}
