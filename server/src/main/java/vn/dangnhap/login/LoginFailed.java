package vn.dangnhap.login;

import java.util.UUID;

/**
 * A login was refused. {@code typedUsername} is what was typed (cut to 256 characters);
 * {@code accountId} is set only when the account exists. Never carries the password.
 */
public record LoginFailed(String typedUsername, UUID accountId, LoginFailureReason reason, ClientInfo client) {}
