package vn.dangnhap.directory.internal;

import vn.dangnhap.admin.AdminChanges;
import vn.dangnhap.admin.ActingAdmin;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangnhap.directory.AccessRules;
import vn.dangnhap.directory.AppAccessRule;
import vn.dangnhap.directory.AppAudience;
import vn.dangnhap.directory.Application;
import vn.dangnhap.directory.ApplicationCatalogue;
import vn.dangnhap.directory.ApplicationInput;
import vn.dangnhap.shared.InvalidInputException;

/**
 * Application changes made by an administrator: the catalogue entry and its access rules are
 * changed together in one transaction, and recorded in the audit trail.
 */
@Service
class ApplicationAdministration {

    static final int MAX_RULES = 200;

    private final ApplicationCatalogue catalogue;
    private final AccessRules access;
    private final AdminChanges changes;

    ApplicationAdministration(ApplicationCatalogue catalogue, AccessRules access, AdminChanges changes) {
        this.catalogue = catalogue;
        this.access = access;
        this.changes = changes;
    }

    /** An application, its access rules in their one-line form, and who it is for. */
    record ApplicationRow(Application application, List<String> accessRules, AppAudience audience) {}

    /**
     * The audience as sent: {@code audience} {@code officials}/{@code citizens}/{@code both};
     * a null field keeps the current value (on create: officials only, verified citizens only,
     * personal identification number not released).
     */
    record AudienceInput(String audience, Boolean verifiedCitizensOnly, Boolean releasePersonalIdentifier) {

        static final AudienceInput UNCHANGED = new AudienceInput(null, null, null);

        AppAudience applyTo(AppAudience current) {
            return new AppAudience(
                    audience == null ? current.audience() : AppAudience.Audience.parse(audience),
                    verifiedCitizensOnly == null ? current.verifiedCitizensOnly() : verifiedCitizensOnly,
                    releasePersonalIdentifier == null ? current.releasePersonalIdentifier() : releasePersonalIdentifier);
        }
    }

    List<ApplicationRow> all() {
        return catalogue.all().stream().map(this::row).toList();
    }

    ApplicationRow one(String code) {
        return row(catalogue.application(code));
    }

    private ApplicationRow row(Application app) {
        return new ApplicationRow(app, access.rules(app.code()).stream().map(AppAccessRule::format).sorted().toList(),
                access.audience(app.code()));
    }

    @Transactional
    ApplicationRow create(ActingAdmin actor, ApplicationInput input, Collection<String> ruleLines, AudienceInput audienceInput) {
        List<AppAccessRule> rules = parseRules(ruleLines);
        AppAudience audience = audienceInput.applyTo(AppAudience.OFFICIALS_ONLY);
        Application app = catalogue.create(input);
        access.replaceRules(app.code(), rules);
        access.setAudience(app.code(), audience);
        changes.record(actor, "APPLICATION_CREATED", app.code(), describe(app, rules, audience));
        return one(app.code());
    }

    @Transactional
    ApplicationRow update(ActingAdmin actor, String code, ApplicationInput input, Collection<String> ruleLines,
                          AudienceInput audienceInput) {
        List<AppAccessRule> rules = parseRules(ruleLines);
        AppAudience audience = audienceInput.applyTo(access.audience(catalogue.application(code).code()));
        Application app = catalogue.update(code, input);
        access.replaceRules(app.code(), rules);
        access.setAudience(app.code(), audience);
        changes.record(actor, "APPLICATION_UPDATED", app.code(), describe(app, rules, audience));
        return one(app.code());
    }

    @Transactional
    ApplicationRow setEnabled(ActingAdmin actor, String code, boolean enabled) {
        Application app = catalogue.setEnabled(code, enabled);
        changes.record(actor, enabled ? "APPLICATION_ENABLED" : "APPLICATION_DISABLED", app.code(), "application " + app.code());
        return one(app.code());
    }

    /** One rule per non-blank line, in {@link AppAccessRule#parse} form; duplicates folded. */
    static List<AppAccessRule> parseRules(Collection<String> lines) {
        if (lines == null) {
            return List.of();
        }
        Map<AppAccessRule, Boolean> rules = new LinkedHashMap<>();
        for (String line : lines) {
            if (line != null && !line.isBlank()) {
                rules.put(AppAccessRule.parse(line), true);
            }
            if (rules.size() > MAX_RULES) {
                throw new InvalidInputException("accessRules", "admin.access-rules.too-many", MAX_RULES);
            }
        }
        return new ArrayList<>(rules.keySet());
    }

    /** Splits the console's textarea into lines. */
    static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().toList();
    }

    private static String describe(Application app, List<AppAccessRule> rules, AppAudience audience) {
        return "application " + app.code() + " rules " + rules.stream().map(AppAccessRule::format).toList()
                + " audience " + audience.audience() + " verifiedCitizensOnly " + audience.verifiedCitizensOnly()
                + " releasePersonalIdentifier " + audience.releasePersonalIdentifier();
    }
}
