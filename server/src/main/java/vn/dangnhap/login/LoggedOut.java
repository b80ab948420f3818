package vn.dangnhap.login;

import java.util.UUID;

/** An official ended the SSO session. */
public record LoggedOut(UUID accountId, String email, ClientInfo client) {}
