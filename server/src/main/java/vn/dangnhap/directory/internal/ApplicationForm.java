package vn.dangnhap.directory.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.dangnhap.config.ConfigForm;
import vn.dangnhap.config.ConfigNode;
import vn.dangnhap.directory.AppAccessRule;
import vn.dangnhap.directory.AppAudience;
import vn.dangnhap.directory.ApplicationCatalogue;
import vn.dangnhap.directory.ApplicationInput;

/**
 * An item of {@code applications}: the tile ({@code code}, {@code name}, {@code description}, {@code icon},
 * {@code launchUrl}, {@code sortOrder}), {@code enabled}, {@code accessRules} in their one-line form and
 * the audience; checked by the catalogue's own rules ({@link ApplicationCatalogue#check}). A key left out
 * takes the value a new application gets: the whole object.
 */
class ApplicationForm implements ConfigForm<ApplicationForm.App> {

    /** An application as the file describes it. */
    record App(ApplicationInput input, boolean enabled, Set<AppAccessRule> rules, AppAudience audience) {

        String code() {
            return input.code();
        }
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
    public App read(ConfigNode item) {
        item.allowOnly("code", "name", "description", "icon", "launchUrl", "sortOrder", "enabled", "accessRules",
                "audience", "verifiedCitizensOnly", "releasePersonalIdentifier");
        String code = item.text("code");
        if (code == null) {
            item.problem("code", "an application needs a code");
            return null;
        }
        ApplicationInput input = new ApplicationInput(code, item.text("name"), item.text("description"),
                item.text("icon"), item.text("launchUrl"), item.integer("sortOrder"));
        boolean enabled = item.bool("enabled", true);
        List<String> ruleLines = item.texts("accessRules");
        Set<AppAccessRule> rules = new LinkedHashSet<>();
        boolean rulesRead = item.attempt(() -> ruleLines.forEach(line -> rules.add(AppAccessRule.parse(line))));
        AppAudience defaults = AppAudience.OFFICIALS_ONLY;
        AppAudience.Audience who = item.choice("audience", AppAudience.Audience.class);
        boolean verifiedOnly = item.bool("verifiedCitizensOnly", defaults.verifiedCitizensOnly());
        boolean releasePin = item.bool("releasePersonalIdentifier", defaults.releasePersonalIdentifier());
        if (!rulesRead || who == null && item.get("audience").isPresent()) {
            return null; // reported above (choice() reports an unknown audience)
        }
        if (!item.attempt(() -> ApplicationCatalogue.check(input))) {
            return null;
        }
        return new App(input, enabled, rules, new AppAudience(who == null ? defaults.audience() : who, verifiedOnly, releasePin));
    }
}
