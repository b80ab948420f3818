package vn.dangnhap.config.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The settings as a server (or a command) runs with them — its environment: application.yml, the
 * environment variables, the command line, and the {@code settings:} of the file it started with —
 * for the export and for the plan's "restart required" lines.
 */
public final class RunningSettings {

    private static final Pattern SECRET_REFERENCE = Pattern.compile("\\$\\{([A-Z_][A-Z0-9_]*)}");

    private final SettingsCatalogue catalogue;
    private final Environment environment;

    public RunningSettings(SettingsCatalogue catalogue, Environment environment) {
        this.catalogue = catalogue;
        this.environment = environment;
    }

    /** The value in canonical form (a secret: its {@code ${NAME}} or a suggested one); null: not set. */
    Object current(Setting setting) {
        if (setting.secret()) {
            String value = environment.getProperty(setting.property());
            if (value == null || value.isEmpty()) {
                return null;
            }
            return "${" + reference(setting).orElse(suggestedVariable(setting)) + "}";
        }
        try {
            return Binder.get(environment).bind(setting.property(), Bindable.of(setting.type()))
                    .map(Setting::canonical).orElse(setting.codeDefault());
        } catch (RuntimeException e) {
            return environment.getProperty(setting.property());
        }
    }

    /** The current values as the {@code settings:} mapping of an export (settings not set are left out). */
    public Map<String, Object> export() {
        Map<String, Object> settings = new LinkedHashMap<>();
        for (Setting setting : catalogue.settings()) {
            Object value = current(setting);
            if (value == null) {
                continue;
            }
            if (setting.group().isEmpty()) {
                settings.put(setting.key(), value);
            } else {
                @SuppressWarnings("unchecked")
                Map<String, Object> group = (Map<String, Object>) settings.computeIfAbsent(setting.group(), g -> new LinkedHashMap<>());
                group.put(setting.key(), value);
            }
        }
        return settings;
    }

    /**
     * What starting with the file would change: one line per setting whose value differs from the
     * running one, e.g. {@code ~ setting loginDomains: [a.gov.vn] -> [b.gov.vn] (restart required: …)}.
     */
    public List<String> plan(Map<Setting, SettingsReader.FileValue> values) {
        List<String> lines = new ArrayList<>();
        values.forEach((setting, value) -> {
            String line;
            if (setting.secret()) {
                if (Objects.equals(value.value(), environment.getProperty(setting.property()))) {
                    return;
                }
                line = "~ setting " + setting.path() + " (from " + value.text() + ")";
            } else {
                Object now = current(setting);
                Object next = Setting.canonical(value.value());
                if (Objects.equals(now, next)) {
                    return;
                }
                line = "~ setting " + setting.path() + ": " + show(now) + " -> " + show(next);
            }
            lines.add(line + (overridden(setting)
                    ? " (not in effect: an environment variable, system property or command-line argument sets "
                    + setting.property() + " and wins over the file)"
                    : " (restart required: takes effect at the next start with this file)"));
        });
        return lines;
    }

    private static String show(Object value) {
        if (value == null) {
            return "(not set)";
        }
        if (value instanceof String text && text.isEmpty()) {
            return "\"\"";
        }
        return String.valueOf(value);
    }

    /** {@code dangnhap.citizen.registry.password} → {@code DANGNHAP_CITIZEN_REGISTRY_PASSWORD}. */
    static String suggestedVariable(Setting setting) {
        return setting.property().toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** The variable the file's secret named, when the running server read its settings from a file. */
    private Optional<String> reference(Setting setting) {
        if (environment instanceof ConfigurableEnvironment configurable
                && configurable.getPropertySources().get(ConfigFileAtStart.PROPERTY_SOURCE) instanceof PropertySource<?> source
                && source.getProperty(setting.property()) instanceof String raw) {
            Matcher m = SECRET_REFERENCE.matcher(raw);
            if (m.matches()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    /** A source that wins over the file's (command line, system properties, environment …) sets the property. */
    boolean overridden(Setting setting) {
        if (!(environment instanceof ConfigurableEnvironment configurable)) {
            return false;
        }
        ConfigurationPropertyName name = ConfigurationPropertyName.of(setting.property());
        for (PropertySource<?> source : configurable.getPropertySources()) {
            if (source.getName().equals(ConfigFileAtStart.PROPERTY_SOURCE)) {
                return false;
            }
            if (source.getName().equals("configurationProperties") || !(source instanceof EnumerablePropertySource<?>)) {
                continue;
            }
            ConfigurationPropertySource property = ConfigurationPropertySource.from(source);
            if (property == null) {
                continue;
            }
            ConfigurationProperty found = property.getConfigurationProperty(name);
            if (found != null || property.containsDescendantOf(name) == ConfigurationPropertyState.PRESENT) {
                return true;
            }
            if (source.getName().equals(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME)) {
                return false;
            }
        }
        return false;
    }
}
