package vn.dangnhap.config.internal;

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
import vn.dangnhap.directory.AppAccessPolicy;
import vn.dangnhap.directory.AppAccessRule;
import vn.dangnhap.portal.Application;
import vn.dangnhap.portal.ApplicationCatalogue;
import vn.dangnhap.portal.ApplicationInput;

/**
 * {@code applications}: the portal's tiles and who may open them, keyed by application code.
 * {@code accessRules} replace the application's rules (one-line form: {@code *},
 * {@code unit:SO_TTTT}, {@code role:LANH_DAO}, {@code unit:X role:Y}). Prune disables the
 * applications the file does not list.
 */
@Component
class ApplicationSection implements ConfigSection {

    private final ApplicationCatalogue catalogue;
    private final AppAccessPolicy access;

    ApplicationSection(ApplicationCatalogue catalogue, AppAccessPolicy access) {
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
        catalogue.all().stream()
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
                    items.add(item);
                });
        return items;
    }

    @Override
    public void apply(ConfigNode section, boolean prune) {
        Set<String> listed = new HashSet<>();
        for (ConfigNode item : section.items("code")) {
            item.allowOnly("code", "name", "description", "icon", "launchUrl", "sortOrder", "enabled", "accessRules");
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
            if (!item.attempt(() -> ruleLines.forEach(line -> rules.add(AppAccessRule.parse(line))))) {
                continue;
            }
            item.attempt(() -> {
                Application app = catalogue.find(code).isPresent() ? catalogue.update(code, input) : catalogue.create(input);
                access.replaceRules(app.code(), rules);
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
