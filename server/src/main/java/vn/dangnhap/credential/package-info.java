/**
 * Credentials: password hashing (Argon2id, parameters configurable and carried in each hash so
 * they can be raised and old hashes rehashed at the next login), password storage, the password
 * policy and history, default passwords and password age, the time-based password rules
 * (default password changed within 3 working days, 6-month maximum age, expiry warnings) applied
 * by a scheduled job ({@code internal.PasswordLifecycleJob}), and brute-force protection
 * (temporary locks with growing delays, per-client throttling, known devices that failures from
 * elsewhere never lock out).
 *
 * <p>Owns the officials' console pages and admin API ({@code /admin/officials}, {@code /api/admin/officials}: the
 * directory's data with the password, lock and lifecycle this module owns — so here, above the directory)
 * and the first administrator from the environment. Other modules add panels to an official's page.
 *
 * <p>Public API: {@link vn.dangnhap.credential.PasswordCredentials} (set, verify, change, issue a
 * default password), {@link vn.dangnhap.credential.PasswordPolicy} (every broken rule reported as a
 * {@link vn.dangnhap.credential.PasswordRuleBroken}), {@link vn.dangnhap.credential.PasswordExpiry},
 * {@link vn.dangnhap.credential.LoginThrottle}, and the settings records
 * {@code dangnhap.password.policy.*} and {@code dangnhap.password.lifecycle.*}. Events:
 * {@link vn.dangnhap.credential.PasswordChanged}, {@link vn.dangnhap.credential.DefaultPasswordIssued},
 * {@link vn.dangnhap.credential.PasswordExpiring}, {@link vn.dangnhap.credential.PasswordRuleLocked},
 * {@link vn.dangnhap.credential.AccountTemporarilyLocked}, {@link vn.dangnhap.credential.AccountUnlocked},
 * {@link vn.dangnhap.credential.ClientThrottled}. Tables: {@code credential_*}.
 * Knows accounts only by id; the directory owns who they are and locks them.
 */
package vn.dangnhap.credential;
