package vn.dangnhap.oidc;

/**
 * One delivery attempt of a back-channel logout token to an application.
 *
 * @param outcome {@code DELIVERED}, {@code RETRYING} or {@code GAVE_UP}
 */
public record BackchannelLogoutAttempted(String clientId, String subject, String outcome, int attempt, String error) {}
