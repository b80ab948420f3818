package vn.dangnhap.directory.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.dangnhap.config.ConfigNode;
import vn.dangnhap.config.ConfigSection;
import vn.dangnhap.directory.AccessRules;
import vn.dangnhap.directory.AppAccessRule;
import vn.dangnhap.directory.AppAudience;
import vn.dangnhap.directory.Application;
import vn.dangnhap.directory.ApplicationCatalogue;
import vn.dangnhap.directory.ApplicationInput;

/**
 * {@code applications}: the portal's tiles and who may open them, keyed by application code.
 * {@code accessRules} replace the application's rules (one-line form: {@code *},
 * {@code unit:SO_TTTT}, {@code role:LANH_DAO}, {@code unit:X role:Y}). {@code audience}
 * ({@code OFFICIALS} by default, {@code CITIZENS}, {@code BOTH}) with {@code verifiedCitizensOnly}
 * (default true) and {@code releasePersonalIdentifier} (default false) is who the application is
 * for ({@link AppAudience}); the export writes the two flags only when citizens may open the
 * application or a flag differs from its default. Prune disables the applications the file does
 * not list (their audience is kept).
 */
@Component
class ApplicationSection implements ConfigSection {

    private final ApplicationCatalogue catalogue;
    private final AccessRules access;

    ApplicationSection(ApplicationCatalogue catalogue, AccessRules access) {
        this.catalogue = catalogue;
        this.access = access;
    }

    @Override
    public String name() {
        return "applications";
    }

    @Override
    public String itemLabel() {
        return "application";
    }

    @Override
    public String keyField() {
        return "code";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<Map<String, Object>> export() {
        List<Map<String, Object>> items = new ArrayList<>();
        List<Application> all = catalogue.all();
        Map<String, AppAudience> audiences = access.audiences(all.stream().map(Application::code).toList());
        all.stream()
                .sorted(Comparator.comparingInt(Application::sortOrder).thenComparing(Application::code))
                .forEach(app -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("code", app.code());
                    item.put("name", app.name());
                    if (app.description() != null && !app.description().isEmpty()) {
                        item.put("description", app.description());
                    }
                    item.put("icon", app.icon().name());
                    item.put("launchUrl", app.launchUrl().toString());
                    item.put("sortOrder", app.sortOrder());
                    item.put("enabled", app.enabled());
                    item.put("accessRules", access.rules(app.code()).stream().map(AppAccessRule::format).sorted().toList());
                    AppAudience audience = audiences.get(app.code());
                    item.put("audience", audience.audience().name());
                    if (audience.audience().citizens()
                            || audience.verifiedCitizensOnly() != AppAudience.OFFICIALS_ONLY.verifiedCitizensOnly()
                            || audience.releasePersonalIdentifier() != AppAudience.OFFICIALS_ONLY.releasePersonalIdentifier()) {
                        item.put("verifiedCitizensOnly", audience.verifiedCitizensOnly());
                        item.put("releasePersonalIdentifier", audience.releasePersonalIdentifier());
                    }
                    items.add(item);
                });
        return items;
    }

    @Override
    public void apply(ConfigNode section, boolean prune) {
        Set<String> listed = new HashSet<>();
        for (ConfigNode item : section.items("code")) {
            item.allowOnly("code", "name", "description", "icon", "launchUrl", "sortOrder", "enabled", "accessRules",
                    "audience", "verifiedCitizensOnly", "releasePersonalIdentifier");
            String code = item.text("code");
            if (code == null) {
                item.problem("code", "an application needs a code");
                continue;
            }
            listed.add(code.strip().toLowerCase(Locale.ROOT));
            ApplicationInput input = new ApplicationInput(code, item.text("name"), item.text("description"),
                    item.text("icon"), item.text("launchUrl"), item.integer("sortOrder"));
            boolean enabled = item.bool("enabled", true);
            List<String> ruleLines = item.texts("accessRules");
            Set<AppAccessRule> rules = new LinkedHashSet<>();
            boolean rulesRead = item.attempt(() -> ruleLines.forEach(line -> rules.add(AppAccessRule.parse(line))));
            // The whole object: a key left out takes the value a new application gets.
            AppAudience defaults = AppAudience.OFFICIALS_ONLY;
            AppAudience.Audience who = item.choice("audience", AppAudience.Audience.class);
            boolean verifiedOnly = item.bool("verifiedCitizensOnly", defaults.verifiedCitizensOnly());
            boolean releasePin = item.bool("releasePersonalIdentifier", defaults.releasePersonalIdentifier());
            if (!rulesRead || who == null && item.get("audience").isPresent()) {
                continue; // reported above (choice() reports an unknown audience)
            }
            AppAudience audience = new AppAudience(who == null ? defaults.audience() : who, verifiedOnly, releasePin);
            item.attempt(() -> {
                Application app = catalogue.find(code).isPresent() ? catalogue.update(code, input) : catalogue.create(input);
                access.replaceRules(app.code(), rules);
                if (!audience.equals(access.audience(app.code()))) {
                    access.setAudience(app.code(), audience);
                }
                if (app.enabled() != enabled) {
                    catalogue.setEnabled(app.code(), enabled);
                }
            });
        }
        if (prune && section.problems().isEmpty()) {
            catalogue.all().stream().filter(a -> !listed.contains(a.code()) && a.enabled())
                    .forEach(a -> catalogue.setEnabled(a.code(), false));
        }
    }
}
