package vn.dangnhap.oidc.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.OfficialAccount;
import vn.dangnhap.directory.OrganisationUnit;
import vn.dangnhap.linking.AccountLinks;
import vn.dangnhap.linking.ReleaseRule;

/**
 * The claims an application receives about an official, decided by the scopes it was granted
 * (OpenID Connect Core §5.4, plus the {@code org} scope for the organisation unit and roles).
 * Read fresh from the directory, so UserInfo shows today's phone number and unit. The
 * application's release rule (module {@code linking}) then decides whether it is told the central
 * e-mail, the name it knows the official by, or both.
 */
@Component
class OfficialClaims {

    private final Directory directory;
    private final AccountLinks links;

    OfficialClaims(Directory directory, AccountLinks links) {
        this.directory = directory;
        this.links = links;
    }

    /** Empty when the subject is not an official (e.g. a client acting for itself). */
    Optional<Map<String, Object>> forSubject(String subject, Set<String> scopes, String clientId) {
        UUID id;
        try {
            id = UUID.fromString(subject);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return directory.findOfficial(id).map(official -> release(claims(official, scopes), official, clientId));
    }

    private Map<String, Object> release(Map<String, Object> claims, OfficialAccount official, String clientId) {
        ReleaseRule rule = links.releaseRule(clientId);
        if (!rule.release().email()) {
            claims.remove("email");
            claims.remove("email_verified");
            claims.remove("preferred_username");
        }
        if (rule.release().linkedName()) {
            links.linkedName(official.id(), clientId).ifPresent(name -> {
                claims.put(rule.claimName(), name);
                if (rule.asPreferredUsername()) {
                    claims.put("preferred_username", name);
                }
            });
        }
        return claims;
    }

    private Map<String, Object> claims(OfficialAccount official, Set<String> scopes) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", official.id().toString());
        claims.put("account_type", "official");
        if (scopes.contains("profile")) {
            claims.put("name", official.fullName());
            claims.put("preferred_username", official.email().value());
            claims.put("updated_at", official.updatedAt().getEpochSecond());
        }
        if (scopes.contains("email")) {
            claims.put("email", official.email().value());
            // The province issues official mailboxes itself: the address is verified by construction.
            claims.put("email_verified", true);
        }
        if (scopes.contains("phone") && official.phone() != null) {
            claims.put("phone_number", official.phone().e164());
            // True only after the official typed the one-time code sent to this number (profile module).
            claims.put("phone_number_verified", official.phoneVerified());
        }
        if (scopes.contains("org")) {
            claims.put("org_unit_code", official.unitCode());
            claims.put("org_unit_name", directory.findUnit(official.unitCode()).map(OrganisationUnit::name).orElse(null));
            claims.put("roles", List.copyOf(official.roles()));
        }
        return claims;
    }
}
