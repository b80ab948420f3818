package vn.dangnhap.oidc;

import java.util.UUID;
import vn.dangnhap.login.ClientInfo;

/**
 * An authorization request stopped before a code was issued because the application is not for
 * this kind of account.
 *
 * @param loginName the official's e-mail or the citizen's login name (user name or masked number)
 * @param reason    {@code OFFICIALS_ONLY}, {@code CITIZENS_ONLY}, {@code VERIFICATION_REQUIRED} or {@code ACCOUNT_CLOSED}
 */
public record AuthorizationRefused(UUID accountId, String loginName, String clientId, String reason, ClientInfo client) {}
