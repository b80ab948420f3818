package vn.dangnhap.login;

import java.util.UUID;

/** An official signed in with a password. */
public record LoginSucceeded(UUID accountId, String email, ClientInfo client) {}
