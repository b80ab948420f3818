/**
 * CAS protocol server (CAS Protocol 3.0 specification; written here, no CAS server library):
 * {@code /cas/login} issues service tickets from the SSO session the portal and the OpenID
 * Connect provider share, {@code /cas/logout} ends it, and {@code /cas/validate} (CAS 1.0),
 * {@code /cas/serviceValidate}, {@code /cas/proxyValidate} (CAS 2.0) and
 * {@code /cas/p3/serviceValidate}, {@code /cas/p3/proxyValidate} (CAS 3.0, with attributes),
 * in XML or JSON, validate them; {@code /cas/proxy} issues proxy tickets. Service tickets are
 * single-use, bound to their service and short-lived; tickets sit behind a store with a database
 * implementation so another node can validate them. The directory's access rules and the
 * application's release rule (module {@code linking}) apply as for OpenID Connect. When the SSO
 * session ends, each service that got a ticket in it is sent a SAML {@code LogoutRequest} from a
 * durable retry queue (single logout).
 *
 * <p>Public API: {@link vn.dangnhap.cas.CasServices} (the service registry),
 * {@link vn.dangnhap.cas.CasService}, {@link vn.dangnhap.cas.CasServiceInput}. Events:
 * {@link vn.dangnhap.cas.CasTicketIssued}, {@link vn.dangnhap.cas.CasTicketValidated},
 * {@link vn.dangnhap.cas.CasLoginRefused}, {@link vn.dangnhap.cas.CasLogoutAttempted}.
 * Tables: {@code cas_*}.
 */
package vn.dangnhap.cas;
