package vn.dangnhap.cas.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.dangnhap.citizen.CitizenAccount;
import vn.dangnhap.citizen.CitizenAccounts;
import vn.dangnhap.directory.AppAccessPolicy;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.OfficialAccount;
import vn.dangnhap.directory.OrganisationUnit;
import vn.dangnhap.linking.AccountLinks;
import vn.dangnhap.linking.ReleaseRule;

/**
 * What a CAS application is told about the official or citizen (CAS Protocol 3.0 §2.5.2 {@code <cas:user>}
 * and {@code <cas:attributes>}), read fresh from the directory at validation. The application's
 * release rule (module {@code linking}) decides the user name: the linked account name when the
 * rule releases it ({@code LINKED_NAME}, or {@code BOTH} with "as preferred user name") and the
 * link is active, else the central e-mail; with {@code LINKED_NAME} and no link, the account id.
 */
@Component
class ReleasedIdentity {

    record Released(String user, Map<String, List<String>> attributes) {}

    private final Directory directory;
    private final AccountLinks links;
    private final CitizenAccounts citizens;
    private final AppAccessPolicy access;

    ReleasedIdentity(Directory directory, AccountLinks links, CitizenAccounts citizens, AppAccessPolicy access) {
        this.directory = directory;
        this.links = links;
        this.citizens = citizens;
        this.access = access;
    }

    Optional<Released> of(UUID accountId, String applicationCode) {
        return directory.findOfficial(accountId).map(official -> release(official, applicationCode))
                .or(() -> citizens.find(accountId).map(citizen -> release(citizen, applicationCode)));
    }

    /**
     * A citizen: {@code account_type=citizen}, {@code citizen_verified}, {@code name},
     * {@code birthdate} (yyyy-MM-dd), e-mail and phone as given (unverified; e-mail only if the
     * release rule releases e-mail), {@code personal_identifier} only when the application's audience
     * setting releases it and the number is verified. The user is the linked name when released, else
     * the legacy user name, else (an e-ID account) the account id: never the full number unasked.
     */
    private Released release(CitizenAccount citizen, String applicationCode) {
        ReleaseRule rule = links.releaseRule(applicationCode);
        Optional<String> linked = rule.release().linkedName()
                ? links.linkedName(citizen.id(), applicationCode) : Optional.empty();
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        attributes.put("account_type", List.of("citizen"));
        attributes.put("citizen_verified", List.of(Boolean.toString(citizen.verified())));
        attributes.put("name", List.of(citizen.fullName()));
        if (citizen.birthDate() != null) {
            attributes.put("birthdate", List.of(citizen.birthDate().toString()));
        }
        if (rule.release().email() && citizen.email() != null && !citizen.email().isBlank()) {
            attributes.put("email", List.of(citizen.email()));
        }
        if (citizen.phone() != null && !citizen.phone().isBlank()) {
            attributes.put("phone_number", List.of(citizen.phone()));
        }
        if (citizen.verified() && access.audience(applicationCode).releasePersonalIdentifier()) {
            attributes.put("personal_identifier", List.of(citizen.verifiedPin().value()));
        }
        linked.ifPresent(name -> attributes.put(rule.claimName(), List.of(name)));
        String user = linked.orElse(citizen.username() != null ? citizen.username() : citizen.id().toString());
        return new Released(user, attributes);
    }

    private Released release(OfficialAccount official, String applicationCode) {
        ReleaseRule rule = links.releaseRule(applicationCode);
        Optional<String> linked = rule.release().linkedName()
                ? links.linkedName(official.id(), applicationCode) : Optional.empty();
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        attributes.put("account_type", List.of("official"));
        if (rule.release().email()) {
            attributes.put("email", List.of(official.email().value()));
        }
        attributes.put("name", List.of(official.fullName()));
        if (official.phone() != null) {
            attributes.put("phone_number", List.of(official.phone().e164()));
        }
        attributes.put("org_unit_code", List.of(official.unitCode()));
        directory.findUnit(official.unitCode()).map(OrganisationUnit::name)
                .ifPresent(name -> attributes.put("org_unit_name", List.of(name)));
        attributes.put("roles", List.copyOf(official.roles()));
        linked.ifPresent(name -> attributes.put(rule.claimName(), List.of(name)));

        String user;
        if (linked.isPresent() && (!rule.release().email() || rule.asPreferredUsername())) {
            user = linked.get();
        } else if (rule.release().email()) {
            user = official.email().value();
        } else {
            user = official.id().toString();
        }
        return new Released(user, attributes);
    }
}
