package vn.dangnhap.cas.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.OfficialAccount;
import vn.dangnhap.directory.OrganisationUnit;
import vn.dangnhap.linking.AccountLinks;
import vn.dangnhap.linking.ReleaseRule;

/**
 * What a CAS application is told about the official (CAS Protocol 3.0 §2.5.2 {@code <cas:user>}
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

    ReleasedIdentity(Directory directory, AccountLinks links) {
        this.directory = directory;
        this.links = links;
    }

    Optional<Released> of(UUID accountId, String applicationCode) {
        return directory.findOfficial(accountId).map(official -> release(official, applicationCode));
    }

    private Released release(OfficialAccount official, String applicationCode) {
        ReleaseRule rule = links.releaseRule(applicationCode);
        Optional<String> linked = rule.release().linkedName()
                ? links.linkedName(official.id(), applicationCode) : Optional.empty();
        Map<String, List<String>> attributes = new LinkedHashMap<>();
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
