/**
 * Credentials: password hashing (Argon2id, parameters configurable and carried in each hash so
 * they can be raised and old hashes rehashed at the next login), password storage, the password
 * policy and history, default passwords, and password age.
 *
 * <p>Public API: {@link vn.dangnhap.credential.PasswordCredentials} (set, verify, change, issue a
 * default password), {@link vn.dangnhap.credential.PasswordPolicy} (the rules, every broken one
 * reported as a {@link vn.dangnhap.credential.PasswordRuleBroken}),
 * {@link vn.dangnhap.credential.PasswordExpiry}, and the settings records
 * {@code dangnhap.password.policy.*} and {@code dangnhap.password.lifecycle.*}. Events:
 * {@link vn.dangnhap.credential.PasswordChanged}, {@link vn.dangnhap.credential.DefaultPasswordIssued}.
 * Tables: {@code credential_password}, {@code credential_password_history}.
 * Knows accounts only by id; the directory owns who they are.
 */
package vn.dangnhap.credential;
