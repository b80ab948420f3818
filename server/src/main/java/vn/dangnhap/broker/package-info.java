/**
 * Upstream identity providers ("đăng nhập bằng VNeID"): generic OpenID Connect providers defined
 * in the admin console (table {@code broker_provider}) or in the configuration file
 * ({@code dangnhap.broker.providers.*}), a built-in VNeID preset, the login through them
 * (authorization code + PKCE + state + nonce, ID token fully validated), and who the login signs
 * in: the account holding the number <em>verified</em>, an old account the citizen proves with its
 * password, or a new account — never an account found by unverified data.
 *
 * <p>Owns its console pages and admin API (upstream identity providers) and its configuration section
 * ({@code identityProviders}).
 *
 * <p>Public API: {@link vn.dangnhap.broker.IdentityProviders}, {@link vn.dangnhap.broker.IdentityProvider},
 * {@link vn.dangnhap.broker.IdentityProviderInput}, {@link vn.dangnhap.broker.ClaimMapping}. Events:
 * {@link vn.dangnhap.broker.UpstreamLoginSucceeded}, {@link vn.dangnhap.broker.UpstreamLoginFailed},
 * {@link vn.dangnhap.broker.EidAccountAttached}, {@link vn.dangnhap.broker.EidAttachRefused}
 * (numbers masked). Tables: {@code broker_*}.
 */
package vn.dangnhap.broker;
