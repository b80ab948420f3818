package vn.dangnhap.oidc;

/** A refresh token already replaced by rotation was presented again; the grant was revoked. */
public record RefreshTokenReplayed(String clientId, String principalName) {}
