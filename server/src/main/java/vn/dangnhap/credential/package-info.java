/**
 * Credentials: password hashing (Argon2id, parameters configurable and carried in each hash so
 * they can be raised and old hashes rehashed at the next login), password storage, and
 * brute-force protection (temporary locks with growing delays, per-client throttling, known
 * devices that failures from elsewhere never lock out).
 *
 * <p>Public API: {@link vn.dangnhap.credential.PasswordCredentials}, {@link vn.dangnhap.credential.LoginThrottle}.
 * Events: {@link vn.dangnhap.credential.AccountTemporarilyLocked}, {@link vn.dangnhap.credential.AccountUnlocked},
 * {@link vn.dangnhap.credential.ClientThrottled}. Tables: {@code credential_password},
 * {@code credential_password_history}, {@code credential_login_throttle}, {@code credential_known_device}.
 * Knows accounts only by id; the directory owns who they are.
 */
package vn.dangnhap.credential;
