/**
 * OpenID Connect / OAuth 2 provider for the province's applications, built on Spring Security's
 * authorization server: configured here and extended at its hooks (registered-client repository,
 * authorization and consent services backed by this module's tables, token customizer, UserInfo
 * mapper). Written here because the library lacks them: client secrets stored as SHA-256
 * digests, refresh-token reuse detection, back-channel logout with a durable retry queue,
 * third-party initiated login from portal tiles, encrypted signing keys with rotation, the
 * cleanup of expired grants, and the release of account links (module {@code linking}): the linked
 * name in ID tokens and UserInfo, and the stop page when an application requires a link. Serves
 * officials and citizens: claims per kind of account, refusal (403) of an application not meant for
 * the signed-in kind, and on a citizen merge the consents move and the merged account's grants go.
 *
 * <p>Public API: {@link vn.dangnhap.oidc.OidcClients} (register and change applications),
 * {@link vn.dangnhap.oidc.LoginInitiation} (where a tile click goes), {@link vn.dangnhap.oidc.SigningKeyRotation}.
 * Events: {@link vn.dangnhap.oidc.TokenIssued}, {@link vn.dangnhap.oidc.RefreshTokenReplayed},
 * {@link vn.dangnhap.oidc.ConsentChanged}, {@link vn.dangnhap.oidc.BackchannelLogoutAttempted},
 * {@link vn.dangnhap.oidc.AuthorizationRefused}.
 * Tables: {@code oidc_*}.
 */
package vn.dangnhap.oidc;
