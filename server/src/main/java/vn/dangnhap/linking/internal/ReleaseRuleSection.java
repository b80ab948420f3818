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
import vn.dangnhap.config.ConfigForm;
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

    private final ReleaseRuleForm form = new ReleaseRuleForm();
    private final AccountLinks links;
    private final ApplicationCatalogue catalogue;

    ReleaseRuleSection(AccountLinks links, ApplicationCatalogue catalogue) {
        this.links = links;
        this.catalogue = catalogue;
    }

    @Override
    public ReleaseRuleForm form() {
        return form;
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
        for (ConfigForm.Item<ReleaseRule> item : form.readAll(section)) {
            ReleaseRule rule = item.value();
            String code = rule.applicationCode();
            listed.add(code.strip().toLowerCase(Locale.ROOT));
            item.node().attempt(() -> {
                var app = catalogue.find(code)
                        .orElseThrow(() -> new InvalidInputException("applicationCode", "application.unknown", code));
                links.setReleaseRule(new ReleaseRule(app.code(), rule.release(), rule.linkRequired(), rule.claimName(),
                        rule.asPreferredUsername()));
            });
        }
        if (prune && section.problems().isEmpty()) {
            links.releaseRules().stream().filter(rule -> !listed.contains(rule.applicationCode()))
                    .filter(rule -> !rule.equals(ReleaseRule.defaultFor(rule.applicationCode())))
                    .forEach(rule -> links.setReleaseRule(ReleaseRule.defaultFor(rule.applicationCode())));
        }
    }
}
