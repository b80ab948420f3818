/**
 * The login experience: the login page (Vietnamese first, English second), the password login
 * itself, logout, the web security every page stands behind (CSRF, headers, cookies), and the
 * password pages: the forced change of a default password (which holds every other page until
 * done), the self-service change, and the expiry warning after login. Legacy citizen accounts sign
 * in on the same form; an unverified one is held at {@code /account/verify} until the population
 * registry matches (docs/citizens.md).
 *
 * <p>Public API: {@link vn.dangnhap.login.SignedInAccount} (the session's principal: {@link vn.dangnhap.login.SignedInOfficial} or {@link vn.dangnhap.login.SignedInCitizen}) and the
 * events {@link vn.dangnhap.login.LoginSucceeded}, {@link vn.dangnhap.login.LoginFailed},
 * {@link vn.dangnhap.login.LoggedOut}, each carrying {@link vn.dangnhap.login.ClientInfo}; and
 * {@link vn.dangnhap.login.SessionSignIn}, which opens the SSO session after a login another module
 * checked (the e-ID login of module broker).
 */
package vn.dangnhap.login;
