package vn.dangnhap.oidc.internal;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.dangnhap.citizen.CitizenAccount;
import vn.dangnhap.citizen.CitizenAccounts;
import vn.dangnhap.directory.AppAccessPolicy;
import vn.dangnhap.linking.AccountLinks;
import vn.dangnhap.linking.ReleaseRule;

/**
 * The claims an application receives about a citizen (OpenID Connect Core §5.1 where a standard
 * claim exists), read fresh from the citizen module:
 * <ul>
 *   <li>always {@code account_type} = {@code citizen} and {@code citizen_verified};</li>
 *   <li>{@code profile}: {@code name}, {@code preferred_username} (the legacy user name, or for an
 *       account made from an e-ID login the <em>masked</em> number), {@code birthdate} (yyyy-MM-dd);</li>
 *   <li>{@code email}, {@code phone}: what the citizen gave, always marked unverified;</li>
 *   <li>{@code personal_identifier}: the full personal identification number, only when the
 *       application's audience setting releases it and the number is verified (never a typed one).</li>
 * </ul>
 * The application's release rule (module {@code linking}) applies as for officials: e-mail withheld
 * unless released, and the linked account name added.
 */
@Component
class CitizenClaims {

    static final String PERSONAL_IDENTIFIER = "personal_identifier";

    private final CitizenAccounts citizens;
    private final AppAccessPolicy access;
    private final AccountLinks links;

    CitizenClaims(CitizenAccounts citizens, AppAccessPolicy access, AccountLinks links) {
        this.citizens = citizens;
        this.access = access;
        this.links = links;
    }

    Optional<Map<String, Object>> forSubject(UUID id, Set<String> scopes, String clientId) {
        return citizens.find(id).map(citizen -> release(claims(citizen, scopes, clientId), citizen, clientId));
    }

    private Map<String, Object> claims(CitizenAccount citizen, Set<String> scopes, String clientId) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", citizen.id().toString());
        claims.put("account_type", "citizen");
        claims.put("citizen_verified", citizen.verified());
        if (scopes.contains("profile")) {
            claims.put("name", citizen.fullName());
            claims.put("preferred_username", citizen.displayLogin());
            if (citizen.birthDate() != null) {
                claims.put("birthdate", citizen.birthDate().format(DateTimeFormatter.ISO_LOCAL_DATE));
            }
        }
        if (scopes.contains("email") && citizen.email() != null && !citizen.email().isBlank()) {
            claims.put("email", citizen.email());
            // Typed by the citizen or carried over from an old portal; nobody proved it.
            claims.put("email_verified", false);
        }
        if (scopes.contains("phone") && citizen.phone() != null && !citizen.phone().isBlank()) {
            claims.put("phone_number", citizen.phone());
            claims.put("phone_number_verified", false);
        }
        if (citizen.verified() && access.audience(clientId).releasePersonalIdentifier()) {
            claims.put(PERSONAL_IDENTIFIER, citizen.verifiedPin().value());
        }
        return claims;
    }

    private Map<String, Object> release(Map<String, Object> claims, CitizenAccount citizen, String clientId) {
        ReleaseRule rule = links.releaseRule(clientId);
        if (!rule.release().email()) {
            claims.remove("email");
            claims.remove("email_verified");
        }
        if (rule.release().linkedName()) {
            links.linkedName(citizen.id(), clientId).ifPresent(name -> {
                claims.put(rule.claimName(), name);
                if (rule.asPreferredUsername()) {
                    claims.put("preferred_username", name);
                }
            });
        }
        return claims;
    }
}
