package vn.dangnhap.oidc;

import java.time.Instant;

/**
 * A token-signing key as admins see it: never key material.
 *
 * @param status   {@code ACTIVE} (signs new tokens) or {@code PREVIOUS} (still published in JWKS
 *                 until {@code retireAt}, so tokens it signed keep verifying)
 * @param retireAt when a previous key leaves JWKS; null for an active key
 */
public record SigningKey(String kid, String algorithm, String status, Instant createdAt, Instant retireAt) {}
