/**
 * The login experience: the login page (Vietnamese first, English second), the password login
 * itself, logout, the web security every page stands behind (CSRF, headers, cookies), and the
 * password pages: the forced change of a default password (which holds every other page until
 * done), the self-service change, and the expiry warning after login. Legacy citizen accounts sign
 * in on the same form; an unverified one is held at {@code /account/verify} until the population
 * registry matches (docs/citizens.md).
 *
 * <p>One account model: {@link vn.dangnhap.login.Account}, sealed — an official or a citizen —
 * read by {@link vn.dangnhap.login.Accounts} with one indexed look-up in the store of its kind (the
 * session, a grant or a ticket knows the kind: {@link vn.dangnhap.login.AccountKind}). The password
 * login finds the account a typed name belongs to once, then runs the official's or the citizen's
 * login, which share the throttle and hashing steps.
 *
 * <p>Public API: {@link vn.dangnhap.login.Account}, {@link vn.dangnhap.login.Accounts},
 * {@link vn.dangnhap.login.SignedInAccount} (the session's principal: {@link vn.dangnhap.login.SignedInOfficial} or {@link vn.dangnhap.login.SignedInCitizen}) and the
 * events {@link vn.dangnhap.login.LoginSucceeded}, {@link vn.dangnhap.login.LoginFailed},
 * {@link vn.dangnhap.login.LoggedOut}, each carrying {@link vn.dangnhap.shared.ClientInfo}; and
 * {@link vn.dangnhap.login.SessionSignIn}, which opens the SSO session after a login another module
 * checked (the e-ID login of module broker); {@link vn.dangnhap.login.SessionLogin}, when the session's
 * person last signed in and whether the login is to be remembered.
 */
package vn.dangnhap.login;
