/**
 * Credentials: password hashing (Argon2id, parameters configurable and carried in each hash so
 * they can be raised and old hashes rehashed at the next login) and password storage.
 *
 * <p>Public API: {@link vn.dangnhap.credential.PasswordCredentials}. Table: {@code credential_password}.
 * Knows accounts only by id; the directory owns who they are.
 */
package vn.dangnhap.credential;
