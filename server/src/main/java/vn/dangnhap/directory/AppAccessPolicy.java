package vn.dangnhap.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangnhap.directory.internal.AccessRuleStore;
import vn.dangnhap.directory.internal.AudienceStore;
import vn.dangnhap.directory.internal.UnitStore;
import vn.dangnhap.shared.InvalidInputException;

/**
 * Who may open which application. Each application has an audience ({@link AppAudience}: officials
 * only by default, citizens only, or both). Officials then need a matching rule, deny by default:
 * an application with no rule is open to no official; a rule for a unit covers the units below it.
 * Citizens need only the audience (and, if the application asks, a verified personal
 * identification number): there are no units or roles for citizens.
 */
@Service
public class AppAccessPolicy {

    private final AccessRuleStore rules;
    private final UnitStore units;
    private final AudienceStore audiences;

    public AppAccessPolicy(AccessRuleStore rules, UnitStore units, AudienceStore audiences) {
        this.rules = rules;
        this.units = units;
        this.audiences = audiences;
    }

    public AppAudience audience(String applicationCode) {
        return audiences(List.of(applicationCode)).get(applicationCode);
    }

    /** The audience of each given application ({@link AppAudience#OFFICIALS_ONLY} where none was set). */
    public Map<String, AppAudience> audiences(Collection<String> applicationCodes) {
        Map<String, AppAudience> stored = audiences.forApplications(applicationCodes);
        Map<String, AppAudience> result = new java.util.HashMap<>();
        applicationCodes.forEach(code -> result.put(code, stored.getOrDefault(code, AppAudience.OFFICIALS_ONLY)));
        return result;
    }

    @Transactional
    public void setAudience(String applicationCode, AppAudience audience) {
        audiences.save(applicationCode, audience);
    }

    /** Whether a citizen (verified or not) may open the application, and if not, why. */
    public AppAudience.CitizenAccess citizenAccess(String applicationCode, boolean verified) {
        return audience(applicationCode).forCitizen(verified);
    }

    /** Of the given applications, those a citizen may open. */
    public Set<String> openableByCitizen(boolean verified, Collection<String> applicationCodes) {
        return audiences(applicationCodes).entrySet().stream()
                .filter(e -> e.getValue().forCitizen(verified) == AppAudience.CitizenAccess.ALLOWED)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    /** Whether the application is for officials at all (their unit and role rules aside). */
    public boolean forOfficials(String applicationCode) {
        return audience(applicationCode).audience().officials();
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
        Map<String, AppAudience> audience = audiences(byApp.keySet());
        UnitTree tree = UnitTree.of(units.all());
        return byApp.entrySet().stream()
                .filter(e -> audience.get(e.getKey()).audience().officials())
                .filter(e -> e.getValue().stream().anyMatch(rule -> rule.matches(official, tree)))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }
}
