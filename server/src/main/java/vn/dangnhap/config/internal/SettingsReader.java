package vn.dangnhap.config.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import vn.dangnhap.config.ConfigNode;

/**
 * Reads the {@code settings:} section of a file against the {@link SettingsCatalogue}: unknown keys,
 * values that do not convert to the record's type (as Spring's binder converts them), and the
 * owning record's rules — its Bean Validation constraints, checked value by value so every broken one
 * is reported, then its constructor, given the file's values over the current ones. Each problem is
 * reported on the file's node (file:line: field).
 */
public final class SettingsReader {

    /** A setting as the file gives it: its node, the property's text (a list: one per element), the bound value. */
    public record FileValue(ConfigNode node, Object text, Object value) {}

    private final Supplier<SettingsCatalogue> catalogue;
    private final Environment current;

    /**
     * @param catalogue asked for only when a file has settings
     * @param current   the values the settings left out of the file have (checks across settings use them)
     */
    public SettingsReader(Supplier<SettingsCatalogue> catalogue, Environment current) {
        this.catalogue = catalogue;
        this.current = current;
    }

    public SettingsReader(SettingsCatalogue catalogue, Environment current) {
        this(() -> catalogue, current);
    }

    /** The settings the file gives, each checked; a setting with a problem is left out. */
    public Map<Setting, FileValue> read(ConfigNode settings) {
        Map<Setting, FileValue> values = new LinkedHashMap<>();
        if (!settings.isPresent()) {
            return values;
        }
        SettingsCatalogue catalogue = this.catalogue.get();
        if (!settings.isMapping()) {
            settings.problem("expected keys such as " + String.join(", ", catalogue.topKeys()));
            return values;
        }
        settings.allowOnly(catalogue.topKeys().toArray(String[]::new));
        for (String key : catalogue.topKeys()) {
            List<String> keys = catalogue.keysOf(key);
            ConfigNode group = settings.get(key);
            if (keys.isEmpty()) {
                continue;
            }
            if (group.isPresent() && !group.isMapping()) {
                group.problem("expected keys such as " + String.join(", ", keys));
            } else {
                group.allowOnly(keys.toArray(String[]::new));
            }
        }
        for (Setting setting : catalogue.settings()) {
            ConfigNode parent = setting.group().isEmpty() ? settings : settings.get(setting.group());
            if (parent.isMapping() && parent.has(setting.key())) {
                FileValue value = readOne(parent, setting);
                if (value != null && checkConstraints(catalogue, setting, value)) {
                    values.put(setting, value);
                }
            }
        }
        for (SettingsCatalogue.Group group : catalogue.groups()) {
            checkConstructor(group, settings, values);
        }
        return values;
    }

    /** The properties the file's values give: lists by index, secrets as their {@code ${NAME}} reference. */
    public static Map<String, Object> properties(Map<Setting, FileValue> values) {
        Map<String, Object> properties = new LinkedHashMap<>();
        values.forEach((setting, value) -> {
            if (value.text() instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    properties.put(setting.property() + "[" + i + "]", list.get(i));
                }
            } else {
                properties.put(setting.property(), value.text());
            }
        });
        return properties;
    }

    private static FileValue readOne(ConfigNode parent, Setting setting) {
        ConfigNode node = parent.get(setting.key());
        int before = parent.problems().size();
        if (setting.secret()) {
            ConfigNode.Secret secret = parent.secret(setting.key());
            return secret == null ? null : new FileValue(node, secret.toString(), secret.value());
        }
        if (setting.isList()) {
            List<String> texts = parent.texts(setting.key());
            if (parent.problems().size() > before) {
                return null;
            }
            List<Object> converted = new ArrayList<>();
            for (String text : texts) {
                Object value = convert(node, setting, text);
                if (value == null) {
                    return null;
                }
                converted.add(value);
            }
            return new FileValue(node, List.copyOf(texts), List.copyOf(converted));
        }
        String text = parent.text(setting.key());
        if (parent.problems().size() > before) {
            return null;
        }
        if (text == null) {
            if (setting.valueType().toClass() == String.class) {
                return new FileValue(node, "", ""); // "helpdesk:" with no value: empty
            }
            node.problem("expected " + setting.expected());
            return null;
        }
        Object value = convert(node, setting, text);
        return value == null ? null : new FileValue(node, text, value);
    }

    /** The text as the setting's type (of a list: its element type), as Spring's binder converts it; null and a problem when it does not. */
    private static Object convert(ConfigNode node, Setting setting, String text) {
        Class<?> type = setting.valueType().toClass();
        String input = type == String.class ? text : text.strip();
        try {
            Object value = CONVERSION.convert(input, TypeDescriptor.valueOf(String.class), new TypeDescriptor(setting.valueType(), null, null));
            if (value != null) {
                return value;
            }
        } catch (RuntimeException e) {
            // reported below
        }
        node.problem(setting.notConvertible(text));
        return null;
    }

    /** The record's Bean Validation constraints on this one value; false when one is broken (each reported). */
    private static boolean checkConstraints(SettingsCatalogue catalogue, Setting setting, FileValue value) {
        List<String> problems = catalogue.rules().check(setting, value.value());
        problems.forEach(value.node()::problem);
        return problems.isEmpty();
    }

    /**
     * The record's constructor, given the file's values for its group over the current ones: a rule
     * across settings (e.g. the maximum length at least the minimums). The constructor names the
     * property it refuses: {@code "dangnhap.password.policy.max-length: must be …"}.
     */
    private void checkConstructor(SettingsCatalogue.Group group, ConfigNode settings, Map<Setting, FileValue> values) {
        Map<Setting, FileValue> given = new LinkedHashMap<>();
        values.forEach((setting, value) -> {
            if (group.settings().contains(setting)) {
                given.put(setting, value);
            }
        });
        boolean problemsInGroup = settings.problems().stream()
                .anyMatch(p -> group.settings().stream().anyMatch(s -> p.field().equals("settings." + s.path())));
        if (given.isEmpty() || problemsInGroup) {
            return;
        }
        List<ConfigurationPropertySource> sources = new ArrayList<>();
        ConfigurationPropertySources.from(new MapPropertySource("file", properties(given))).forEach(sources::add);
        ConfigurationPropertySources.get(current).forEach(sources::add);
        try {
            new Binder(sources, new PropertySourcesPlaceholdersResolver(current)).bindOrCreate(group.prefix(), Bindable.of(group.type()));
        } catch (RuntimeException e) {
            String reason = reason(e);
            ConfigNode groupNode = group.key().isEmpty() ? settings : settings.get(group.key());
            Setting refused = group.settings().stream().filter(s -> reason.startsWith(s.property() + ": ")).findFirst().orElse(null);
            if (refused == null) {
                groupNode.problem(reason);
            } else if (given.containsKey(refused)) {
                given.get(refused).node().problem(reason.substring(refused.property().length() + 2));
            } else { // a value the file leaves out, refused together with one it gives
                groupNode.problem(refused.key() + ": " + reason.substring(refused.property().length() + 2));
            }
            given.keySet().forEach(values::remove);
        }
    }

    /** The deepest message of the failure: the record's own words. */
    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static final ConversionService CONVERSION = ApplicationConversionService.getSharedInstance();
}
