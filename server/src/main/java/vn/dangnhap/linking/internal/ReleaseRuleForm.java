package vn.dangnhap.linking.internal;

import vn.dangnhap.config.ConfigForm;
import vn.dangnhap.config.ConfigNode;
import vn.dangnhap.linking.AccountLinks;
import vn.dangnhap.linking.ReleaseRule;

/**
 * An item of {@code releaseRules}: {@code applicationCode}, {@code release} (default {@code EMAIL}),
 * {@code linkRequired}, {@code claimName} (checked by {@link AccountLinks#claimName}),
 * {@code asPreferredUsername}. That the application exists is known only when the file is applied.
 */
class ReleaseRuleForm implements ConfigForm<ReleaseRule> {

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
    public ReleaseRule read(ConfigNode item) {
        item.allowOnly("applicationCode", "release", "linkRequired", "claimName", "asPreferredUsername");
        String code = item.text("applicationCode");
        if (code == null) {
            item.problem("applicationCode", "a release rule needs the code of its application");
            return null;
        }
        ReleaseRule.Release release = item.choice("release", ReleaseRule.Release.class);
        boolean linkRequired = item.bool("linkRequired", false);
        String claimName = item.text("claimName");
        boolean asPreferredUsername = item.bool("asPreferredUsername", false);
        if (!item.attempt(() -> AccountLinks.claimName(claimName))) {
            return null;
        }
        return new ReleaseRule(code, release == null ? ReleaseRule.Release.EMAIL : release, linkRequired, claimName,
                asPreferredUsername);
    }
}
