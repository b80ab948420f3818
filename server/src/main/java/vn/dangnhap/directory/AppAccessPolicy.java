package vn.dangnhap.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangnhap.directory.internal.AccessRuleStore;
import vn.dangnhap.directory.internal.UnitStore;
import vn.dangnhap.shared.InvalidInputException;

/**
 * Which official may open which application. Deny by default: an application with no rule is
 * open to nobody; a rule for a unit covers the units below it.
 */
@Service
public class AppAccessPolicy {

    private final AccessRuleStore rules;
    private final UnitStore units;

    public AppAccessPolicy(AccessRuleStore rules, UnitStore units) {
        this.rules = rules;
        this.units = units;
    }

    public List<AppAccessRule> rules(String applicationCode) {
        return rules.forApplication(applicationCode);
    }

    @Transactional
    public void replaceRules(String applicationCode, Collection<AppAccessRule> newRules) {
        Set<String> known = units.all().stream().map(OrganisationUnit::code).collect(Collectors.toSet());
        for (AppAccessRule rule : newRules) {
            if (rule.unitCode() != null && !known.contains(rule.unitCode())) {
                throw new InvalidInputException("accessRules", "unit.unknown", rule.unitCode());
            }
        }
        rules.replace(applicationCode, Set.copyOf(newRules));
    }

    public boolean mayOpen(OfficialAccount official, String applicationCode) {
        return openable(official, List.of(applicationCode)).contains(applicationCode);
    }

    /** Of the given applications, those the official may open; two queries whatever the count. */
    public Set<String> openable(OfficialAccount official, Collection<String> applicationCodes) {
        if (applicationCodes.isEmpty() || official.status() != AccountStatus.ACTIVE) {
            return Set.of();
        }
        Map<String, List<AppAccessRule>> byApp = rules.forApplications(applicationCodes);
        UnitTree tree = UnitTree.of(units.all());
        return byApp.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(rule -> rule.matches(official, tree)))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }
}
