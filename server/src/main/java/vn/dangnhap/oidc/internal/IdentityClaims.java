package vn.dangnhap.oidc.internal;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dangnhap.entry.ReleasedIdentity;

/**
 * The entry decision's released identity as OpenID Connect claims, by granted scope (Core §5.4:
 * {@code profile}, {@code email}, {@code phone}; ours: {@code org} for the unit and roles). Formatting
 * only: what may be released at all was decided by module entry.
 * <ul>
 *   <li>always: {@code sub}, {@code account_type}; citizens {@code citizen_verified}; the linked account
 *       name under the application's claim; a citizen's proven number ({@code personal_identifier}) when
 *       the application's audience releases it;</li>
 *   <li>{@code profile}: {@code name}, {@code preferred_username} (the principal name CAS also uses),
 *       {@code updated_at} (officials), {@code birthdate} (citizens);</li>
 *   <li>{@code email}: {@code email}, {@code email_verified}; {@code phone}: {@code phone_number},
 *       {@code phone_number_verified}; {@code org}: {@code org_unit_code}, {@code org_unit_name}, {@code roles}.</li>
 * </ul>
 */
final class IdentityClaims {

    static final String PERSONAL_IDENTIFIER = "personal_identifier";

    /** Every claim name this class may write, for discovery's {@code claims_supported}. */
    static final List<String> SUPPORTED = List.of("sub", "name", "preferred_username", "updated_at", "email",
            "email_verified", "phone_number", "phone_number_verified", "org_unit_code", "org_unit_name", "roles",
            "linked_account", "sid", "auth_time", "acr", "amr", "nonce", "account_type", "citizen_verified", "birthdate",
            PERSONAL_IDENTIFIER);

    private IdentityClaims() {}

    static Map<String, Object> of(ReleasedIdentity identity, Set<String> scopes) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", identity.subject());
        claims.put("account_type", identity.accountTypeName());
        if (identity.citizenVerified() != null) {
            claims.put("citizen_verified", identity.citizenVerified());
        }
        if (scopes.contains("profile")) {
            claims.put("name", identity.name());
            claims.put("preferred_username", identity.principalName());
            if (identity.updatedAt() != null) {
                claims.put("updated_at", identity.updatedAt().getEpochSecond());
            }
            if (identity.birthDate() != null) {
                claims.put("birthdate", identity.birthDate().format(DateTimeFormatter.ISO_LOCAL_DATE));
            }
        }
        if (scopes.contains("email") && identity.email() != null) {
            claims.put("email", identity.email());
            claims.put("email_verified", identity.emailVerified());
        }
        if (scopes.contains("phone") && identity.phoneNumber() != null) {
            claims.put("phone_number", identity.phoneNumber());
            claims.put("phone_number_verified", identity.phoneNumberVerified());
        }
        if (scopes.contains("org") && identity.unitCode() != null) {
            claims.put("org_unit_code", identity.unitCode());
            if (identity.unitName() != null) {
                claims.put("org_unit_name", identity.unitName());
            }
            claims.put("roles", identity.roles());
        }
        if (identity.personalIdentifier() != null) {
            claims.put(PERSONAL_IDENTIFIER, identity.personalIdentifier());
        }
        if (identity.linkedAccount() != null) {
            claims.put(identity.linkedAccountClaim(), identity.linkedAccount());
        }
        return claims;
    }
}
