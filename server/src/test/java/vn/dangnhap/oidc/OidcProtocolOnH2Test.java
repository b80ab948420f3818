package vn.dangnhap.oidc;

/** The OIDC protocol contract on the embedded store (H2). */
class OidcProtocolOnH2Test extends OidcProtocolContract {}
