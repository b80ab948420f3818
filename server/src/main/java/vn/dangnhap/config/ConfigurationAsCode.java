package vn.dangnhap.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.function.SingletonSupplier;
import vn.dangnhap.admin.ActingAdmin;
import vn.dangnhap.admin.AdminChanges;
import vn.dangnhap.config.internal.ConfigYaml;
import vn.dangnhap.config.internal.FileTopLevel;
import vn.dangnhap.config.internal.PlanDiff;
import vn.dangnhap.config.internal.RunningSettings;
import vn.dangnhap.config.internal.SettingsCatalogue;
import vn.dangnhap.config.internal.SettingsReader;

/**
 * Plans, applies and exports the configuration file. Apply and plan run the same code: the
 * whole file is applied through the modules' public APIs inside one transaction, then the
 * export before and after is compared into the plan; a plan, or any problem, rolls everything
 * back — so a file with one bad field changes nothing, and the plan is exactly what apply does.
 */
@Service
public class ConfigurationAsCode {

    /** Format version written by {@link #export()} and accepted by the reader. */
    public static final int VERSION = FileTopLevel.VERSION;

    /** The key of the start-time settings (docs/configuration-as-code.md, derived by {@link SettingsCatalogue}). */
    public static final String SETTINGS = FileTopLevel.SETTINGS;

    private static final Logger log = LoggerFactory.getLogger(ConfigurationAsCode.class);

    private final List<ConfigSection> sections;
    private final TransactionTemplate transaction;
    private final MessageSource messages;
    private final Environment environment;
    private final AdminChanges changes;
    private final Supplier<SettingsCatalogue> settings;

    public ConfigurationAsCode(List<ConfigSection> sections, PlatformTransactionManager transactions, MessageSource messages,
                               Environment environment, AdminChanges changes) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(section -> section.form().order())).toList();
        this.transaction = new TransactionTemplate(transactions);
        this.messages = messages;
        this.environment = environment;
        this.changes = changes;
        this.settings = SingletonSupplier.of(() -> SettingsCatalogue.load(getClass().getClassLoader()));
    }

    /** The top-level keys a file may have besides {@code version}, {@code prune} and {@code settings}, in apply order. */
    public List<String> sectionNames() {
        return sections.stream().map(ConfigSection::name).toList();
    }

    /** What {@link #apply} would change; changes nothing. */
    public ConfigResult plan(String file, String text) {
        return run(file, ConfigYaml.parse(file, text == null ? "" : text), false, null);
    }

    /** Creates or updates what the file describes, all or nothing. */
    public ConfigResult apply(String file, String text, ActingAdmin actor) {
        return run(file, ConfigYaml.parse(file, text == null ? "" : text), true, actor);
    }

    /** {@link #apply(String, String, ActingAdmin)} of a file parsed already (the one given at start). */
    public ConfigResult apply(String file, ConfigYaml.Parsed parsed, ActingAdmin actor) {
        return run(file, parsed, true, actor);
    }

    /** The current settings in the file format: stable order, secrets as {@code ${…}} placeholders. */
    public String export() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("version", VERSION);
        document.put(SETTINGS, new RunningSettings(settings.get(), environment).export());
        exportSections().forEach(document::put);
        return ConfigYaml.write("""
                # Dangnhap configuration (docs/configuration-as-code.md).
                # Client secrets are not exported: set the environment variables named in ${…} before applying.
                # settings: read when the server starts with this file (--dangnhap.config=…); environment variables win.
                """, document);
    }

    /** {@link #export()}, recorded in the audit trail. */
    public String export(ActingAdmin actor) {
        String text = export();
        changes.record(actor, "CONFIG_EXPORTED", null, "configuration exported");
        return text;
    }

    private Map<String, List<Map<String, Object>>> exportSections() {
        Map<String, List<Map<String, Object>>> model = new LinkedHashMap<>();
        sections.forEach(section -> model.put(section.name(), section.export()));
        return model;
    }

    private ConfigResult run(String file, ConfigYaml.Parsed parsed, boolean commit, ActingAdmin actor) {
        FileTopLevel.Read read;
        switch (FileTopLevel.read(file, parsed, environment::getProperty, messages, sectionNames(),
                new SettingsReader(settings, environment))) {
            case FileTopLevel.Refused refused -> {
                return new ConfigResult(List.of(), refused.problems(), false);
            }
            case FileTopLevel.Read top -> read = top;
        }
        ConfigNode root = read.root();
        // Start-time properties: checked, compared with the running server's values, never changed here.
        List<String> restartRequired = read.settings().isEmpty() ? List.of()
                : new RunningSettings(settings.get(), environment).plan(read.settings());
        List<String> changes = new ArrayList<>();
        try {
            transaction.executeWithoutResult(status -> {
                Map<String, List<Map<String, Object>>> before = exportSections();
                for (ConfigSection section : sections) {
                    if (read.present().contains(section.name())) {
                        section.apply(root.get(section.name()), read.prune());
                    }
                }
                if (!root.problems().isEmpty()) {
                    status.setRollbackOnly();
                    return;
                }
                Map<String, List<Map<String, Object>>> after = exportSections();
                for (ConfigSection section : sections) {
                    changes.addAll(PlanDiff.lines(section.form(), before.get(section.name()), after.get(section.name())));
                }
                changes.addAll(root.notes());
                if (commit) {
                    this.changes.record(actor, "CONFIG_APPLIED", null, file + ": " + (changes.isEmpty() ? "no change"
                            : changes.size() + " changes: " + String.join(" | ", changes))
                            + (restartRequired.isEmpty() ? "" : "; at the next start: " + String.join(" | ", restartRequired)));
                } else {
                    status.setRollbackOnly();
                }
            });
        } catch (RuntimeException e) {
            // Not a rule broken by the file (those are problems already) but a failure underneath.
            log.error("Applying {} failed; nothing was changed", file, e);
            List<ConfigProblem> problems = new ArrayList<>(root.problems());
            problems.add(new ConfigProblem(file, 0, "", "could not be applied (" + e.getClass().getSimpleName()
                    + "); nothing was changed, see the server log"));
            return new ConfigResult(List.of(), problems, false);
        }
        if (!root.problems().isEmpty()) {
            return new ConfigResult(List.of(), root.problems(), false);
        }
        if (commit) {
            log.info("Configuration {} applied: {}", file, changes.isEmpty() ? "no change"
                    : changes.stream().collect(Collectors.joining("\n  ", changes.size() + " changes\n  ", "")));
            if (!restartRequired.isEmpty()) {
                log.warn("Configuration {}: settings not in effect on this server:\n  {}", file, String.join("\n  ", restartRequired));
            }
        }
        return new ConfigResult(changes, List.of(), commit, restartRequired);
    }
}
