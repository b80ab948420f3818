/**
 * OpenID Connect / OAuth 2 provider for the province's applications, built on Spring Security's
 * authorization server: configured here and extended at its hooks (registered-client repository,
 * authorization and consent services backed by this module's tables, token customizer, UserInfo
 * mapper). Written here because the library lacks them: client secrets stored as SHA-256
 * digests, grants stored as JSON of this module's own format that names no Java class (the
 * library's JDBC store writes class names into its JSON; rows Java-serialized by earlier versions
 * are converted by {@code db.migration.V17_3__oidc_grants_as_json}), refresh-token reuse
 * detection, back-channel logout (this module's {@link vn.dangnhap.session.SessionParticipant};
 * the session module queues and retries),
 * third-party initiated login from portal tiles, encrypted signing keys with rotation, the
 * cleanup of expired grants, and on a citizen merge the consents move and the merged account's
 * grants go. Who may sign in to which application, and what it is told, is module {@code entry}'s
 * decision — asked at the authorization endpoint, at every token issued for a person (code and
 * refresh) and at UserInfo; this module turns the released identity into claims by scope. Every
 * client belongs to an application of the catalogue (client id = application code).
 *
 * <p>Owns its console pages and admin API (each application's OpenID Connect registration, token-signing
 * keys) and its configuration section ({@code oidcClients}).
 *
 * <p>Public API: {@link vn.dangnhap.oidc.OidcClients} (register and change applications),
 * {@link vn.dangnhap.oidc.LoginInitiation} (where a tile click goes), {@link vn.dangnhap.oidc.SigningKeyRotation}.
 * Events: {@link vn.dangnhap.oidc.TokenIssued}, {@link vn.dangnhap.oidc.RefreshTokenReplayed},
 * {@link vn.dangnhap.oidc.ConsentChanged}, {@link vn.dangnhap.oidc.BackchannelLogoutAttempted}.
 * Tables: {@code oidc_*}.
 */
package vn.dangnhap.oidc;
