package vn.dangnhap.directory;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangnhap.directory.internal.AccessRuleStore;
import vn.dangnhap.directory.internal.AudienceStore;
import vn.dangnhap.directory.internal.UnitStore;
import vn.dangnhap.shared.cache.CachedValue;
import vn.dangnhap.shared.cache.ClusterCaches;
import vn.dangnhap.shared.InvalidInputException;

/**
 * The stored answer to "who is this application for": its audience ({@link AppAudience}: officials
 * only by default, citizens only, or both) and the rules naming the units and roles of officials it
 * admits ({@link AppAccessRule}; no rule admits nobody). Kept in memory, as every sign-in reads them.
 * Whether an account may enter an application <em>now</em> is decided from these by module
 * {@code entry}, and nowhere else.
 */
@Service
public class AccessRules {

    private record Stored(Map<String, List<AppAccessRule>> rules, Map<String, AppAudience> audiences) {}

    private final AccessRuleStore rules;
    private final UnitStore units;
    private final AudienceStore audiences;
    private final CachedValue<Stored> stored;

    private final ClusterCaches caches;

    public AccessRules(AccessRuleStore rules, UnitStore units, AudienceStore audiences, ClusterCaches caches) {
        this.caches = caches;
        this.rules = rules;
        this.units = units;
        this.audiences = audiences;
        this.stored = caches.value("directory.access-rules", () -> new Stored(rules.all(), audiences.all()));
    }

    /** The application's audience; {@link AppAudience#OFFICIALS_ONLY} where none was set. */
    public AppAudience audience(String applicationCode) {
        return stored.get().audiences().getOrDefault(applicationCode, AppAudience.OFFICIALS_ONLY);
    }

    /** The audience of each given application ({@link AppAudience#OFFICIALS_ONLY} where none was set). */
    public Map<String, AppAudience> audiences(Collection<String> applicationCodes) {
        Map<String, AppAudience> result = new HashMap<>();
        applicationCodes.forEach(code -> result.put(code, audience(code)));
        return result;
    }

    @Transactional
    public void setAudience(String applicationCode, AppAudience audience) {
        audiences.save(applicationCode, audience);
        caches.changed("directory.access-rules");
    }

    /** The application's rules for officials; empty means no official may open it. */
    public List<AppAccessRule> rules(String applicationCode) {
        return stored.get().rules().getOrDefault(applicationCode, List.of());
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
        caches.changed("directory.access-rules");
    }
}
