package vn.dangnhap.oidc;

/** RFC 6749 §2.1 client types. */
public enum ClientType {
    /** A server-side application that keeps a secret; PKCE accepted. */
    CONFIDENTIAL,
    /** A browser or mobile application that cannot keep a secret; PKCE (S256) required. */
    PUBLIC
}
