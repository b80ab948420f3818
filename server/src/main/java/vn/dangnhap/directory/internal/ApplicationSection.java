package vn.dangnhap.directory.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.dangnhap.config.ConfigForm;
import vn.dangnhap.config.ConfigNode;
import vn.dangnhap.config.ConfigSection;
import vn.dangnhap.directory.AccessRules;
import vn.dangnhap.directory.AppAccessRule;
import vn.dangnhap.directory.AppAudience;
import vn.dangnhap.directory.Application;
import vn.dangnhap.directory.ApplicationCatalogue;

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

    private final ApplicationForm form = new ApplicationForm();
    private final ApplicationCatalogue catalogue;
    private final AccessRules access;

    ApplicationSection(ApplicationCatalogue catalogue, AccessRules access) {
        this.catalogue = catalogue;
        this.access = access;
    }

    @Override
    public ApplicationForm form() {
        return form;
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
        for (ConfigForm.Item<ApplicationForm.App> item : form.readAll(section)) {
            ApplicationForm.App app = item.value();
            listed.add(app.code().strip().toLowerCase(Locale.ROOT));
            item.node().attempt(() -> {
                Application stored = catalogue.find(app.code()).isPresent()
                        ? catalogue.update(app.code(), app.input()) : catalogue.create(app.input());
                access.replaceRules(stored.code(), app.rules());
                if (!app.audience().equals(access.audience(stored.code()))) {
                    access.setAudience(stored.code(), app.audience());
                }
                if (stored.enabled() != app.enabled()) {
                    catalogue.setEnabled(stored.code(), app.enabled());
                }
            });
        }
        if (prune && section.problems().isEmpty()) {
            catalogue.all().stream().filter(a -> !listed.contains(a.code()) && a.enabled())
                    .forEach(a -> catalogue.setEnabled(a.code(), false));
        }
    }
}
