package vn.dangnhap.login;

import java.util.UUID;

/** Someone ended the SSO session; {@code email} is the login name (an official's e-mail or a citizen's user name). */
public record LoggedOut(UUID accountId, String email, ClientInfo client) {}
