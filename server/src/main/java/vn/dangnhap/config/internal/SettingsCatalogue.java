package vn.dangnhap.config.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.core.ResolvableType;
import org.springframework.util.ReflectionUtils;
import org.springframework.util.function.SingletonSupplier;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import vn.dangnhap.shared.AdministratorSettings;

/**
 * What the {@code settings:} section may give: the properties of the modules' {@code @ConfigurationProperties}
 * records marked {@link AdministratorSettings}, groups in their {@code order}, properties in the order their
 * records declare them. The records are found through Spring Boot's configuration metadata
 * ({@value #METADATA}, written at build time by {@code spring-boot-configuration-processor}: every group of
 * properties and the type bound to it); their properties are walked as Spring binds them (record
 * components in kebab case, nested records of ours below their own name); the defaults are the record
 * bound from no property at all, i.e. its {@code @DefaultValue}s.
 */
public final class SettingsCatalogue {

    static final String METADATA = "META-INF/spring-configuration-metadata.json";
    private static final String OURS = "vn.dangnhap.";

    /** One marked record: its key under {@code settings:} (empty: its properties are keys there), its settings. */
    public record Group(String key, int order, String prefix, Class<?> type, List<Setting> settings) {}

    private final List<Group> groups;
    private final List<Setting> settings;
    private final Supplier<RecordRules> rules;

    private SettingsCatalogue(List<Group> groups) {
        this.groups = groups.stream().sorted(Comparator.comparingInt(Group::order)).toList();
        this.settings = this.groups.stream().flatMap(g -> g.settings().stream()).toList();
        this.rules = SingletonSupplier.of(() -> new RecordRules(settings.stream().map(Setting::record).collect(Collectors.toSet())));
        Set<String> paths = new HashSet<>();
        for (Setting setting : settings) {
            if (!paths.add(setting.path()) || groups.stream().anyMatch(g -> !g.key().isEmpty() && g.key().equals(setting.path()))) {
                throw new IllegalStateException("Two administrator settings are written " + setting.path() + " in the file");
            }
        }
    }

    /** The catalogue of the application on this class loader's class path. */
    public static SettingsCatalogue load(ClassLoader loader) {
        List<Group> groups = new ArrayList<>();
        for (Bound bound : boundTypes(loader)) {
            Class<?> type;
            try {
                type = Class.forName(bound.type(), false, loader);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(METADATA + " names " + bound.type() + ", which is not on the class path", e);
            }
            AdministratorSettings marks = type.getAnnotation(AdministratorSettings.class);
            if (marks != null) {
                groups.add(group(bound.prefix(), type, marks));
            }
        }
        if (groups.isEmpty()) {
            throw new IllegalStateException("No @AdministratorSettings record in " + METADATA
                    + ": build with Maven (spring-boot-configuration-processor writes it)");
        }
        return new SettingsCatalogue(groups);
    }

    /** Every setting, in file order. */
    public List<Setting> settings() {
        return settings;
    }

    public List<Group> groups() {
        return groups;
    }

    /** The keys allowed directly under {@code settings:}, in export order. */
    public List<String> topKeys() {
        Set<String> keys = new LinkedHashSet<>();
        settings.forEach(s -> keys.add(s.group().isEmpty() ? s.key() : s.group()));
        return List.copyOf(keys);
    }

    /** The keys of a group, in order; empty for a key that is no group. */
    public List<String> keysOf(String group) {
        return settings.stream().filter(s -> !group.isEmpty() && s.group().equals(group)).map(Setting::key).toList();
    }

    /** The records' Bean Validation constraints (made when first needed: a file without settings needs none). */
    RecordRules rules() {
        return rules.get();
    }

    /** A {@code @ConfigurationProperties} type and the prefix it is bound to. */
    private record Bound(String prefix, String type) {}

    /** Every top-level group of our own in the metadata (the groups of nested records carry a source method). */
    private static List<Bound> boundTypes(ClassLoader loader) {
        List<Bound> bound = new ArrayList<>();
        try {
            Enumeration<URL> files = loader.getResources(METADATA);
            while (files.hasMoreElements()) {
                String text;
                try (InputStream in = files.nextElement().openStream()) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                if (text.contains("\"" + OURS)) { // not a library's metadata
                    groups(text).stream()
                            .filter(g -> g.getOrDefault("type", "").startsWith(OURS) && !g.containsKey("sourceMethod"))
                            .forEach(g -> bound.add(new Bound(g.get("name"), g.get("type"))));
                    break; // the application's own comes before its libraries': no need to open them all
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + METADATA, e);
        }
        return bound;
    }

    /**
     * The {@code groups} of a metadata file, each as its text fields, read token by token (the
     * streaming reader alone: {@code config validate} starts faster without the object mapper).
     */
    private static List<Map<String, String>> groups(String json) {
        List<Map<String, String>> groups = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), json)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                boolean isGroups = parser.currentName().equals("groups");
                parser.nextToken();
                if (!isGroups) {
                    parser.skipChildren();
                    continue;
                }
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    Map<String, String> group = new HashMap<>();
                    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                        String field = parser.currentName();
                        if (parser.nextToken().isScalarValue()) {
                            group.put(field, parser.getString());
                        } else {
                            parser.skipChildren();
                        }
                    }
                    groups.add(group);
                }
            }
        }
        return groups;
    }

    private static Group group(String prefix, Class<?> type, AdministratorSettings marks) {
        if (!type.isRecord()) {
            throw new IllegalStateException("@AdministratorSettings is for records: " + type.getName());
        }
        Object defaults = new Binder().bindOrCreate(prefix, Bindable.of(type));
        List<Setting> settings = new ArrayList<>();
        Set<String> named = new HashSet<>(Arrays.asList(marks.except()));
        named.addAll(Arrays.asList(marks.secrets()));
        Arrays.stream(marks.keys()).forEach(k -> named.add(k.property()));
        Set<String> seen = new HashSet<>();
        walk(prefix, "", type, defaults, marks, settings, seen);
        named.removeAll(seen);
        if (!named.isEmpty()) {
            throw new IllegalStateException("@AdministratorSettings on " + type.getName() + " names no property of it: " + named);
        }
        return new Group(marks.group(), marks.order(), prefix, type, List.copyOf(settings));
    }

    private static void walk(String prefix, String parent, Class<?> record, Object values, AdministratorSettings marks,
                             List<Setting> into, Set<String> seen) {
        for (RecordComponent component : record.getRecordComponents()) {
            String relative = (parent.isEmpty() ? "" : parent + ".") + DataObjectPropertyName.toDashedForm(component.getName());
            seen.add(relative);
            Object value = values == null ? null : value(component, values);
            if (component.getType().isRecord() && component.getType().getName().startsWith(OURS)) {
                walk(prefix, relative, component.getType(), value, marks, into, seen);
            } else if (!Arrays.asList(marks.except()).contains(relative)) {
                String key = Arrays.stream(marks.keys()).filter(k -> k.property().equals(relative))
                        .map(AdministratorSettings.Key::key).findFirst().orElse(component.getName());
                into.add(new Setting(marks.group(), key, prefix + "." + relative, ResolvableType.forType(component.getGenericType()),
                        Arrays.asList(marks.secrets()).contains(relative), record, component.getName(), Setting.canonical(value)));
            }
        }
    }

    private static Object value(RecordComponent component, Object record) {
        ReflectionUtils.makeAccessible(component.getAccessor());
        return ReflectionUtils.invokeMethod(component.getAccessor(), record);
    }
}
