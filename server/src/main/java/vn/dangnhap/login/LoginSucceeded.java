package vn.dangnhap.login;

import java.util.UUID;

/** Someone signed in with a password: {@code email} is the login name (an official's e-mail or a citizen's legacy user name). */
public record LoginSucceeded(UUID accountId, String email, ClientInfo client) {}
