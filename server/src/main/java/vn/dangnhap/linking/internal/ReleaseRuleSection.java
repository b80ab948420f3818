package vn.dangnhap.linking.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.dangnhap.config.ConfigNode;
import vn.dangnhap.config.ConfigSection;
import vn.dangnhap.linking.AccountLinks;
import vn.dangnhap.linking.ReleaseRule;
import vn.dangnhap.directory.ApplicationCatalogue;
import vn.dangnhap.shared.InvalidInputException;

/**
 * {@code releaseRules}: what each application is told about the official (e-mail, linked account
 * name, or both; whether a link is required), keyed by application code. An application without
 * a rule gets the default (e-mail, no link needed), so rules equal to the default are not
 * exported, and prune resets unlisted rules to the default.
 */
@Component
class ReleaseRuleSection implements ConfigSection {

    private final AccountLinks links;
    private final ApplicationCatalogue catalogue;

    ReleaseRuleSection(AccountLinks links, ApplicationCatalogue catalogue) {
        this.links = links;
        this.catalogue = catalogue;
    }

    @Override
    public String name() {
        return "releaseRules";
    }

    @Override
    public String itemLabel() {
        return "releaseRule";
    }

    @Override
    public String keyField() {
        return "applicationCode";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<Map<String, Object>> export() {
        List<Map<String, Object>> items = new ArrayList<>();
        links.releaseRules().stream()
                .filter(rule -> !rule.equals(ReleaseRule.defaultFor(rule.applicationCode())))
                .sorted(Comparator.comparing(ReleaseRule::applicationCode))
                .forEach(rule -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("applicationCode", rule.applicationCode());
                    item.put("release", rule.release().name());
                    item.put("linkRequired", rule.linkRequired());
                    item.put("claimName", rule.claimName());
                    item.put("asPreferredUsername", rule.asPreferredUsername());
                    items.add(item);
                });
        return items;
    }

    @Override
    public void apply(ConfigNode section, boolean prune) {
        Set<String> listed = new HashSet<>();
        for (ConfigNode item : section.items("applicationCode")) {
            item.allowOnly("applicationCode", "release", "linkRequired", "claimName", "asPreferredUsername");
            String code = item.text("applicationCode");
            if (code == null) {
                item.problem("applicationCode", "a release rule needs the code of its application");
                continue;
            }
            listed.add(code.strip().toLowerCase(Locale.ROOT));
            ReleaseRule.Release release = item.choice("release", ReleaseRule.Release.class);
            boolean linkRequired = item.bool("linkRequired", false);
            String claimName = item.text("claimName");
            boolean asPreferredUsername = item.bool("asPreferredUsername", false);
            item.attempt(() -> {
                var app = catalogue.find(code)
                        .orElseThrow(() -> new InvalidInputException("applicationCode", "application.unknown", code));
                links.setReleaseRule(new ReleaseRule(app.code(), release == null ? ReleaseRule.Release.EMAIL : release,
                        linkRequired, claimName, asPreferredUsername));
            });
        }
        if (prune && section.problems().isEmpty()) {
            links.releaseRules().stream().filter(rule -> !listed.contains(rule.applicationCode()))
                    .filter(rule -> !rule.equals(ReleaseRule.defaultFor(rule.applicationCode())))
                    .forEach(rule -> links.setReleaseRule(ReleaseRule.defaultFor(rule.applicationCode())));
        }
    }
}
