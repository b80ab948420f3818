package vn.dangnhap.oidc;

/**
 * A client secret at the one moment it exists in plain: right after it was generated. Shown
 * to the admin once; only its SHA-256 digest is stored.
 */
public record RegisteredClientSecret(OidcClient client, String secret) {

    @Override
    public String toString() {
        return "RegisteredClientSecret[" + client.clientId() + ", secret=****]";
    }
}
