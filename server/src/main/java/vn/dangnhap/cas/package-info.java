/**
 * CAS protocol server (CAS Protocol 3.0 specification; written here, no CAS server library):
 * {@code /cas/login} issues service tickets from the SSO session the portal and the OpenID
 * Connect provider share, {@code /cas/logout} ends it, and {@code /cas/validate} (CAS 1.0),
 * {@code /cas/serviceValidate}, {@code /cas/proxyValidate} (CAS 2.0) and
 * {@code /cas/p3/serviceValidate}, {@code /cas/p3/proxyValidate} (CAS 3.0, with attributes),
 * in XML or JSON, validate them; {@code /cas/proxy} issues proxy tickets. Service tickets are
 * single-use, bound to their service and short-lived; tickets sit behind a store with a database
 * implementation so another node can validate them. Every service belongs to an application of the
 * catalogue (same code); whether the account may enter it, and what it is told, is module
 * {@code entry}'s decision — asked at {@code /cas/login} and again at validation — which this module
 * formats as the principal and attributes. When the SSO
 * session ends, each service that got a ticket in it is sent a SAML {@code LogoutRequest} (single
 * logout: this module's {@link vn.dangnhap.session.SessionParticipant}; the session module queues and
 * retries).
 *
 * <p>Owns its console page and admin API (each application's CAS registration) and its configuration
 * section ({@code casServices}).
 *
 * <p>Public API: {@link vn.dangnhap.cas.CasServices} (the service registry),
 * {@link vn.dangnhap.cas.CasService}, {@link vn.dangnhap.cas.CasServiceInput}. Events:
 * {@link vn.dangnhap.cas.CasTicketIssued}, {@link vn.dangnhap.cas.CasTicketValidated},
 * {@link vn.dangnhap.cas.CasLogoutAttempted}.
 * Tables: {@code cas_*}.
 */
package vn.dangnhap.cas;
