/**
 * Credentials: password hashing (Argon2id, parameters configurable and carried in each hash so
 * they can be raised and old hashes rehashed at the next login), password storage, and the
 * time-based password rules (default password changed within 3 working days, 6-month maximum
 * age, expiry warnings) applied by a scheduled job ({@code internal.PasswordLifecycleJob}).
 *
 * <p>Public API: {@link vn.dangnhap.credential.PasswordCredentials},
 * {@link vn.dangnhap.credential.PasswordLifecycleSettings}. Events:
 * {@link vn.dangnhap.credential.DefaultPasswordIssued}, {@link vn.dangnhap.credential.PasswordExpiring},
 * {@link vn.dangnhap.credential.PasswordRuleLocked}. Tables: {@code credential_*}.
 * Knows accounts only by id; the directory owns who they are and locks them.
 */
package vn.dangnhap.credential;
