package vn.dangnhap.cas;

import java.util.UUID;

/**
 * One attempt to deliver a single-logout {@code LogoutRequest} to a CAS application.
 *
 * @param outcome {@code DELIVERED}, {@code RETRYING} or {@code GAVE_UP}
 */
public record CasLogoutAttempted(String serviceCode, UUID accountId, String outcome, int attempt, String error) {}
