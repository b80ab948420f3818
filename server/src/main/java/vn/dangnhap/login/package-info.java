/**
 * The login experience: the login page (Vietnamese first, English second), the password login
 * itself, logout, and the web security every page stands behind (CSRF, headers, cookies).
 *
 * <p>Public API: {@link vn.dangnhap.login.SignedInOfficial} (the session's principal) and the
 * events {@link vn.dangnhap.login.LoginSucceeded}, {@link vn.dangnhap.login.LoginFailed},
 * {@link vn.dangnhap.login.LoggedOut}, each carrying {@link vn.dangnhap.login.ClientInfo}.
 */
package vn.dangnhap.login;
