package vn.dangnhap.entry;

/** Where an account asked to enter an application; recorded with every refusal. */
public enum EntryProtocol {
    /** A tile of the portal ({@code /launch/{code}}). */
    PORTAL,
    /** OpenID Connect: authorization, token (code and refresh) and UserInfo requests. */
    OIDC,
    /** CAS: {@code /cas/login} and ticket validation. */
    CAS
}
