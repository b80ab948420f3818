package vn.dangnhap.session;

import java.net.URI;

/**
 * One application to tell that a session ended.
 *
 * @param protocol   which {@link LogoutMessage} writes the notice, e.g. {@code OIDC} or {@code CAS}
 * @param recipient  the application as its protocol names it (client id, CAS service code)
 * @param endpoint   where the notice is POSTed
 * @param subject    whose session ended, as the application knows the subject
 * @param sessionRef the session as the application knows it (OIDC {@code sid}, CAS service ticket), or null
 * @param issuer     the issuer to name in the notice, or null when the protocol does not need one
 */
public record LogoutNotice(String protocol, String recipient, URI endpoint, String subject, String sessionRef, String issuer) {}
