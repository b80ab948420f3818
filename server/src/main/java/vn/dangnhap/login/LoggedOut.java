package vn.dangnhap.login;

import java.util.UUID;

/** Someone ended the SSO session ({@code email}: the official's e-mail or the citizen's login name). */
public record LoggedOut(UUID accountId, String email, ClientInfo client) {}
