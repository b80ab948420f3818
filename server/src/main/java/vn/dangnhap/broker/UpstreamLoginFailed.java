package vn.dangnhap.broker;

import vn.dangnhap.login.ClientInfo;

/**
 * A login through an upstream provider ended without a sign-in; nothing was created.
 *
 * @param reason e.g. {@code CANCELLED}, {@code UPSTREAM_ERROR}, {@code UNREACHABLE}, {@code STATE_MISMATCH},
 *               {@code INVALID_ID_TOKEN}, {@code BAD_CLAIMS}, {@code ACCOUNT_DISABLED}
 * @param detail a short technical note for the audit trail (an upstream error code; never a number unmasked)
 */
public record UpstreamLoginFailed(String alias, String reason, String detail, ClientInfo client) {}
