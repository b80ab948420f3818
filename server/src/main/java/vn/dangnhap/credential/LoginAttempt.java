package vn.dangnhap.credential;

import java.util.UUID;

/**
 * One password login as the throttle sees it.
 *
 * @param loginName   the e-mail the typed name resolved to, whether or not such an account exists
 * @param accountId   the account, when it exists (null otherwise)
 * @param deviceToken the device cookie the browser sent (null: none)
 * @param clientIp    the client address
 */
public record LoginAttempt(String loginName, UUID accountId, String deviceToken, String clientIp) {}
