/**
 * Admin console ({@code /admin}, Thymeleaf pages) and admin REST API ({@code /api/admin/**},
 * OpenAPI at {@code /v3/api-docs}) over the directory, credential, portal, oidc, cas and audit modules:
 * organisation units, officials (incl. CSV import), applications with their access rules and
 * their OpenID Connect registrations (a new client secret is shown once, never audited), their
 * CAS registrations (service URL patterns),
 * token-signing key rotation, and the audit trail. Every change an admin makes is recorded in
 * the audit trail as {@code ADMIN_CHANGE}.
 *
 * <p>No public API: other modules do not call the admin module. Publishes no events.
 */
package vn.dangnhap.admin;
