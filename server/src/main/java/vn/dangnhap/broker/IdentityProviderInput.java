package vn.dangnhap.broker;

/**
 * A provider as typed in the console or sent to the API. Lists are space- or comma-separated.
 * {@code clientSecret}: the secret (stored encrypted), or {@code ${ENV_NAME}} to read it from the
 * environment; empty on a change keeps the stored one. {@code preset}: {@code vneid} fills every
 * field left empty with the VNeID preset.
 */
public record IdentityProviderInput(String alias, String preset, String label, String icon, String issuer, String clientId,
                                    String clientSecret, String scopes, String pinClaims, String nameClaims,
                                    String birthDateClaim, String birthDateFormat, String ialClaim, Boolean allowOfficials,
                                    Boolean enabled) {}
