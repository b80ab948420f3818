package vn.dangnhap.config.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.convert.PeriodStyle;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import vn.dangnhap.config.ConfigNode;

/**
 * The {@code settings:} section of the configuration file: the start-time properties an
 * administrator decides (login domains, branding, password policy and hashing, password
 * lifecycle, lockout, the population-registry connector, the citizen password cut-off), written
 * in the file's camelCase style and mapped onto the {@code dangnhap.*} properties. They are bound
 * once when the server starts: {@link SettingsFromFile} adds the file's values as a property
 * source (above application.yml, below environment variables, system properties and the command
 * line); a plan or apply over the API or the command line only reports what the next start with
 * the file would change.
 */
public final class StartupSettings {

    /** The name of the property source holding the file's settings. */
    public static final String PROPERTY_SOURCE = "dangnhap.config settings";

    private static final Pattern SECRET_REFERENCE = Pattern.compile("\\$\\{([A-Z_][A-Z0-9_]*)}");
    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");

    public enum Kind { TEXT, DOMAINS, INTEGER, DURATION, DURATIONS, PERIOD, URL, LOGO, SECRET, CUTOFF }

    /**
     * One setting.
     *
     * @param path     where it is in the file, e.g. {@code lockout.maxFailures}
     * @param property the Spring property, e.g. {@code dangnhap.login.throttle.max-failures}
     * @param fallback the code's default in the canonical form of {@link #canonical}; null: not set
     */
    public record Setting(String path, String property, Kind kind, int min, int max, Object fallback) {

        String group() {
            return path.contains(".") ? path.substring(0, path.indexOf('.')) : null;
        }

        String key() {
            return path.substring(path.indexOf('.') + 1);
        }
    }

    static final List<Setting> SETTINGS = List.of(
            new Setting("loginDomains", "dangnhap.directory.login-domains", Kind.DOMAINS, 0, 0, List.of("demo.gov.vn")),
            new Setting("branding.provinceName", "dangnhap.branding.province-name", Kind.TEXT, 0, 0, "TỈNH DEMO"),
            new Setting("branding.systemName", "dangnhap.branding.system-name", Kind.TEXT, 0, 0, "Cổng đăng nhập tập trung"),
            new Setting("branding.logoUrl", "dangnhap.branding.logo-url", Kind.LOGO, 0, 0, "/img/logo.svg"),
            new Setting("branding.helpdesk", "dangnhap.branding.helpdesk", Kind.TEXT, 0, 0, ""),
            new Setting("passwordPolicy.minLengthWithoutMfa", "dangnhap.password.policy.min-length-without-mfa", Kind.INTEGER, 1, 256, 14),
            new Setting("passwordPolicy.minLengthWithMfa", "dangnhap.password.policy.min-length-with-mfa", Kind.INTEGER, 1, 256, 8),
            new Setting("passwordPolicy.maxLength", "dangnhap.password.policy.max-length", Kind.INTEGER, 1, 256, 256),
            new Setting("passwordPolicy.history", "dangnhap.password.policy.history", Kind.INTEGER, 0, 100, 5),
            new Setting("passwordHashing.memoryKib", "dangnhap.password.argon2.memory-kib", Kind.INTEGER, 8, 4_194_304, 19456),
            new Setting("passwordHashing.iterations", "dangnhap.password.argon2.iterations", Kind.INTEGER, 1, 100, 2),
            new Setting("passwordHashing.parallelism", "dangnhap.password.argon2.parallelism", Kind.INTEGER, 1, 64, 1),
            new Setting("passwordHashing.saltLength", "dangnhap.password.argon2.salt-length", Kind.INTEGER, 8, 64, 16),
            new Setting("passwordHashing.hashLength", "dangnhap.password.argon2.hash-length", Kind.INTEGER, 16, 128, 32),
            new Setting("passwordLifecycle.maxAge", "dangnhap.password.lifecycle.max-age", Kind.PERIOD, 0, 0, "P6M"),
            new Setting("passwordLifecycle.warnBefore", "dangnhap.password.lifecycle.warn-before", Kind.PERIOD, 0, 0, "P14D"),
            new Setting("passwordLifecycle.defaultPasswordWorkingDays", "dangnhap.password.lifecycle.default-password-working-days",
                    Kind.INTEGER, 1, 60, 3),
            new Setting("lockout.maxFailures", "dangnhap.login.throttle.max-failures", Kind.INTEGER, 1, 1000, 5),
            new Setting("lockout.delays", "dangnhap.login.throttle.delays", Kind.DURATIONS, 0, 0, List.of("1m", "5m", "15m", "1h", "4h")),
            new Setting("lockout.clientMaxFailures", "dangnhap.login.throttle.client-max-failures", Kind.INTEGER, 1, 100_000, 30),
            new Setting("lockout.clientWindow", "dangnhap.login.throttle.client-window", Kind.DURATION, 0, 0, "10m"),
            new Setting("lockout.forgetAfter", "dangnhap.login.throttle.forget-after", Kind.DURATION, 0, 0, "1d"),
            new Setting("lockout.deviceLifetime", "dangnhap.login.throttle.device-lifetime", Kind.DURATION, 0, 0, "365d"),
            new Setting("lockout.maxDevices", "dangnhap.login.throttle.max-devices", Kind.INTEGER, 1, 1000, 20),
            new Setting("populationRegistry.url", "dangnhap.citizen.registry.url", Kind.URL, 0, 0, null),
            new Setting("populationRegistry.username", "dangnhap.citizen.registry.username", Kind.TEXT, 0, 0, null),
            new Setting("populationRegistry.password", "dangnhap.citizen.registry.password", Kind.SECRET, 0, 0, null),
            new Setting("populationRegistry.connectTimeout", "dangnhap.citizen.registry.connect-timeout", Kind.DURATION, 0, 0, "2s"),
            new Setting("populationRegistry.readTimeout", "dangnhap.citizen.registry.read-timeout", Kind.DURATION, 0, 0, "5s"),
            new Setting("populationRegistry.failureThreshold", "dangnhap.citizen.registry.failure-threshold", Kind.INTEGER, 1, 1000, 5),
            new Setting("populationRegistry.openFor", "dangnhap.citizen.registry.open-for", Kind.DURATION, 0, 0, "1m"),
            new Setting("populationRegistry.attemptsPerDay", "dangnhap.citizen.verification.attempts-per-day", Kind.INTEGER, 1, 1000, 5),
            new Setting("citizenPasswordCutoff", "dangnhap.citizen.password-cutoff", Kind.CUTOFF, 0, 0, "2024-07-01"));

    private StartupSettings() {}

    /** The keys allowed directly under {@code settings:}, in export order. */
    static List<String> topKeys() {
        List<String> keys = new ArrayList<>();
        for (Setting s : SETTINGS) {
            String key = s.group() == null ? s.path() : s.group();
            if (!keys.contains(key)) {
                keys.add(key);
            }
        }
        return keys;
    }

    private static List<String> groupKeys(String group) {
        return SETTINGS.stream().filter(s -> group.equals(s.group())).map(Setting::key).toList();
    }

    /**
     * What the file says, checked: each setting present in the file with its canonical value
     * (Integer, String, or List of String; a secret as {@code ${NAME}}). Problems are reported on
     * the nodes; a setting with a problem is left out.
     *
     * @param current the values the other settings have now (for the checks across settings)
     */
    public static Map<Setting, Object> read(ConfigNode settings, Environment current) {
        Map<Setting, Object> values = new LinkedHashMap<>();
        if (!settings.isPresent()) {
            return values;
        }
        if (!settings.isMapping()) {
            settings.problem("expected keys such as " + String.join(", ", topKeys()));
            return values;
        }
        settings.allowOnly(topKeys().toArray(String[]::new));
        for (String key : topKeys()) {
            if (groupKeys(key).isEmpty()) {
                continue;
            }
            ConfigNode group = settings.get(key);
            if (group.isPresent() && !group.isMapping()) {
                group.problem("expected keys such as " + String.join(", ", groupKeys(key)));
            } else {
                group.allowOnly(groupKeys(key).toArray(String[]::new));
            }
        }
        for (Setting setting : SETTINGS) {
            ConfigNode parent = setting.group() == null ? settings : settings.get(setting.group());
            if (!parent.isMapping() || !parent.has(setting.key())) {
                continue;
            }
            Object value = readOne(parent, setting);
            if (value != null) {
                values.put(setting, value);
            }
        }
        Map<String, Object> combined = new LinkedHashMap<>();
        for (Setting s : SETTINGS) {
            combined.put(s.path(), values.containsKey(s) ? values.get(s) : current(s, current));
        }
        int withoutMfa = (Integer) combined.get("passwordPolicy.minLengthWithoutMfa");
        int withMfa = (Integer) combined.get("passwordPolicy.minLengthWithMfa");
        int maxLength = (Integer) combined.get("passwordPolicy.maxLength");
        if (maxLength < Math.max(withMfa, withoutMfa)) {
            settings.get("passwordPolicy").problem("maxLength", "must be at least the minimum lengths (" + Math.max(withMfa, withoutMfa) + ")");
        }
        return values;
    }

    private static Object readOne(ConfigNode parent, Setting setting) {
        String key = setting.key();
        ConfigNode node = parent.get(key);
        return switch (setting.kind()) {
            case DOMAINS -> {
                int before = parent.problems().size();
                List<String> domains = parent.texts(key);
                if (parent.problems().size() > before) {
                    yield null;
                }
                if (domains.isEmpty()) {
                    node.problem("name at least one login domain, e.g. [tinh.gov.vn]");
                    yield null;
                }
                List<String> result = new ArrayList<>();
                for (String domain : domains) {
                    String d = domain.strip().toLowerCase(Locale.ROOT);
                    if (!DOMAIN.matcher(d).matches()) {
                        node.problem("\"" + domain + "\" is not a domain name such as tinh.gov.vn");
                        yield null;
                    }
                    result.add(d);
                }
                yield result.isEmpty() ? null : List.copyOf(result);
            }
            case TEXT -> {
                String text = parent.text(key);
                if (text == null && !node.isPresent()) {
                    yield "";
                }
                if (text != null && text.length() > 500) {
                    node.problem("at most 500 characters");
                    yield null;
                }
                yield text;
            }
            case LOGO -> {
                String text = parent.text(key);
                if (text == null) {
                    yield null;
                }
                if (!(text.startsWith("/") && !text.startsWith("//")) && !isHttpUrl(text)) {
                    node.problem("expected a path on this server (/img/logo.svg) or a full https:// URL");
                    yield null;
                }
                yield text;
            }
            case URL -> {
                String text = parent.text(key);
                if (text == null) {
                    yield null;
                }
                if (!isHttpUrl(text.strip())) {
                    node.problem("expected a full http:// or https:// URL");
                    yield null;
                }
                yield text.strip();
            }
            case INTEGER -> {
                Integer number = parent.integer(key);
                if (number == null) {
                    if (!node.isPresent()) {
                        node.problem("expected a whole number");
                    }
                    yield null;
                }
                if (number < setting.min() || number > setting.max()) {
                    node.problem("expected a whole number from " + setting.min() + " to " + setting.max() + ", found " + number);
                    yield null;
                }
                yield number;
            }
            case DURATION -> {
                String text = parent.text(key);
                yield text == null ? missing(node, "a duration such as 30s, 10m, 4h or 7d") : duration(node, text);
            }
            case DURATIONS -> {
                int before = parent.problems().size();
                List<String> texts = parent.texts(key);
                if (parent.problems().size() > before) {
                    yield null;
                }
                if (texts.isEmpty()) {
                    node.problem("expected a list of durations such as [1m, 5m, 15m, 1h, 4h]");
                    yield null;
                }
                List<String> result = new ArrayList<>();
                for (String text : texts) {
                    String d = duration(node, text);
                    if (d == null) {
                        yield null;
                    }
                    result.add(d);
                }
                yield List.copyOf(result);
            }
            case PERIOD -> {
                String text = parent.text(key);
                if (text == null) {
                    yield missing(node, "a period such as P6M, P90D or P14D");
                }
                try {
                    Period period = PeriodStyle.detectAndParse(text.strip());
                    if (period.isNegative() || period.isZero()) {
                        node.problem("expected a period longer than zero");
                        yield null;
                    }
                    yield period.toString();
                } catch (RuntimeException e) {
                    node.problem("\"" + text + "\" is not a period such as P6M, P90D or P14D");
                    yield null;
                }
            }
            case CUTOFF -> {
                String text = parent.text(key);
                if (text == null) {
                    yield missing(node, "a date written YYYY-MM-DD, or none");
                }
                String t = text.strip().toLowerCase(Locale.ROOT);
                if (t.equals("none") || t.equals("off")) {
                    yield "none";
                }
                try {
                    yield LocalDate.parse(t).toString();
                } catch (DateTimeParseException e) {
                    node.problem("\"" + text + "\" is not a date written YYYY-MM-DD, or none");
                    yield null;
                }
            }
            case SECRET -> {
                ConfigNode.Secret secret = parent.secret(key);
                yield secret == null ? null : secret.toString();
            }
        };
    }

    private static Object missing(ConfigNode node, String expected) {
        if (!node.isPresent()) {
            node.problem("expected " + expected);
        }
        return null;
    }

    private static String duration(ConfigNode node, String text) {
        try {
            Duration d = DurationStyle.detectAndParse(text.strip());
            if (d.isNegative() || d.isZero()) {
                node.problem("expected a duration longer than zero, found \"" + text + "\"");
                return null;
            }
            return print(d);
        } catch (RuntimeException e) {
            node.problem("\"" + text + "\" is not a duration such as 30s, 10m, 4h or 7d");
            return null;
        }
    }

    private static boolean isHttpUrl(String text) {
        try {
            URI uri = new URI(text);
            return uri.isAbsolute() && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** {@code 90s} → {@code 90s}, {@code 3600s} → {@code 1h}: the largest unit that divides it. */
    static String print(Duration d) {
        long ms = d.toMillis();
        long[] sizes = {86_400_000L, 3_600_000L, 60_000L, 1_000L};
        String[] units = {"d", "h", "m", "s"};
        for (int i = 0; i < sizes.length; i++) {
            if (ms % sizes[i] == 0) {
                return ms / sizes[i] + units[i];
            }
        }
        return ms + "ms";
    }

    /** The properties the file's values give, for the property source. */
    public static Map<String, Object> properties(Map<Setting, Object> values) {
        Map<String, Object> properties = new LinkedHashMap<>();
        values.forEach((setting, value) -> {
            if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    properties.put(setting.property() + "[" + i + "]", list.get(i));
                }
            } else {
                properties.put(setting.property(), value);
            }
        });
        return properties;
    }

    /** The value the running server has, in canonical form (a secret: its {@code ${NAME}} or a suggested one); null: not set. */
    static Object current(Setting setting, Environment environment) {
        Binder binder = Binder.get(environment);
        String name = setting.property();
        try {
            return switch (setting.kind()) {
                case DOMAINS -> binder.bind(name, Bindable.listOf(String.class))
                        .map(l -> (Object) l.stream().map(d -> d.strip().toLowerCase(Locale.ROOT)).toList()).orElse(setting.fallback());
                case DURATIONS -> binder.bind(name, Bindable.listOf(Duration.class))
                        .map(l -> (Object) l.stream().map(StartupSettings::print).toList()).orElse(setting.fallback());
                case INTEGER -> binder.bind(name, Integer.class).map(i -> (Object) i).orElse(setting.fallback());
                case DURATION -> binder.bind(name, Duration.class).map(d -> (Object) print(d)).orElse(setting.fallback());
                case PERIOD -> binder.bind(name, Period.class).map(p -> (Object) p.toString()).orElse(setting.fallback());
                case CUTOFF -> binder.bind(name, String.class).map(StartupSettings::cutoff).orElse(setting.fallback());
                case SECRET -> {
                    String value = environment.getProperty(name);
                    if (value == null || value.isEmpty()) {
                        yield null;
                    }
                    yield "${" + reference(environment).orElse(suggestedVariable(setting)) + "}";
                }
                default -> binder.bind(name, String.class).map(t -> (Object) t).orElse(setting.fallback());
            };
        } catch (RuntimeException e) {
            return environment.getProperty(name);
        }
    }

    private static Object cutoff(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.isEmpty() || t.equals("none") || t.equals("off") ? "none" : t;
    }

    /** {@code dangnhap.citizen.registry.password} → {@code DANGNHAP_CITIZEN_REGISTRY_PASSWORD}. */
    static String suggestedVariable(Setting setting) {
        return setting.property().toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** The variable the file's secret named, when the running server read its settings from a file. */
    private static java.util.Optional<String> reference(Environment environment) {
        if (environment instanceof ConfigurableEnvironment configurable) {
            PropertySource<?> source = configurable.getPropertySources().get(PROPERTY_SOURCE);
            if (source != null && source.getProperty("dangnhap.citizen.registry.password") instanceof String raw) {
                Matcher m = SECRET_REFERENCE.matcher(raw);
                if (m.matches()) {
                    return java.util.Optional.of(m.group(1));
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** The current values as the {@code settings:} mapping of an export (settings not set are left out). */
    public static Map<String, Object> export(Environment environment) {
        Map<String, Object> settings = new LinkedHashMap<>();
        for (Setting setting : SETTINGS) {
            Object value = current(setting, environment);
            if (value == null) {
                continue;
            }
            if (setting.group() == null) {
                settings.put(setting.path(), value);
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
     * running server's, e.g. {@code ~ setting loginDomains: [a.gov.vn] -> [b.gov.vn] (restart required: …)}.
     */
    public static List<String> plan(Map<Setting, Object> values, Environment environment) {
        List<String> lines = new ArrayList<>();
        values.forEach((setting, value) -> {
            String line;
            if (setting.kind() == Kind.SECRET) {
                String resolved = environment.resolvePlaceholders(String.valueOf(value));
                if (Objects.equals(resolved, environment.getProperty(setting.property()))) {
                    return;
                }
                line = "~ setting " + setting.path() + " (from " + value + ")";
            } else {
                Object now = current(setting, environment);
                if (Objects.equals(now, value)) {
                    return;
                }
                line = "~ setting " + setting.path() + ": " + show(now) + " -> " + show(value);
            }
            lines.add(line + (overridden(setting, environment)
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

    /** A source that wins over the file's (command line, system properties, environment …) sets the property. */
    static boolean overridden(Setting setting, Environment environment) {
        if (!(environment instanceof ConfigurableEnvironment configurable)) {
            return false;
        }
        ConfigurationPropertyName name = ConfigurationPropertyName.of(setting.property());
        for (PropertySource<?> source : configurable.getPropertySources()) {
            if (source.getName().equals(PROPERTY_SOURCE)) {
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
