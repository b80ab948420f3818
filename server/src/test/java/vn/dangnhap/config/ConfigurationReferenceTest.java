package vn.dangnhap.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dangnhap.config.internal.Setting;
import vn.dangnhap.config.internal.SettingsCatalogue;

/**
 * The configuration reference is checked against the code. docs/configuration.md: every {@code dangnhap.*}
 * property the code binds — each of Spring Boot's configuration metadata (written at build time from the
 * {@code @ConfigurationProperties} records: names, defaults, descriptions), each {@code @Value} placeholder,
 * {@code Environment} look-up and {@code @ConditionalOnProperty} — has its row, naming its environment variable and showing its default;
 * and every row names a property the code binds: nothing stale. docs/configuration-as-code.md: its
 * {@code settings:} table lists exactly the settings the file takes, each with its property.
 */
class ConfigurationReferenceTest {

    private static final Path METADATA = Path.of("target/classes/META-INF/spring-configuration-metadata.json");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path REFERENCE = Path.of("../docs/configuration.md");
    private static final Path CONFIGURATION_AS_CODE = Path.of("../docs/configuration-as-code.md");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(dangnhap\\.[a-z0-9.-]+)");
    private static final Pattern PLACEHOLDER_DEFAULT = Pattern.compile("\\$\\{(dangnhap\\.[a-z0-9.-]+):([^}\"]*)}");
    private static final Pattern LOOKUP = Pattern.compile("getProperty\\(\"(dangnhap\\.[a-z0-9.-]+)\"(?:,\\s*\"([^\"]*)\"\\))?");
    private static final Pattern CONDITION = Pattern.compile("ConditionalOnProperty\\((?:name|value) = \"(dangnhap\\.[a-z0-9.-]+)\"");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    /** Every property the code binds and its default as the code writes it (null: none). */
    private static Map<String, String> boundProperties() throws Exception {
        Map<String, String> properties = new TreeMap<>();
        JsonNode metadata = JsonMapper.builder().build().readTree(METADATA.toFile());
        for (JsonNode property : metadata.path("properties")) {
            String name = property.path("name").asString();
            JsonNode fallback = property.path("defaultValue");
            properties.put(name, fallback.isMissingNode() ? null : fallback.asString());
        }
        assertThat(properties).as("the configuration processor's metadata").containsKey("dangnhap.directory.login-domains");
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                for (Matcher m = PLACEHOLDER.matcher(text); m.find(); ) {
                    properties.putIfAbsent(m.group(1), null);
                }
                for (Matcher m = PLACEHOLDER_DEFAULT.matcher(text); m.find(); ) {
                    properties.put(m.group(1), m.group(2));
                }
                for (Matcher m = CONDITION.matcher(text); m.find(); ) {
                    properties.putIfAbsent(m.group(1), null);
                }
                for (Matcher m = LOOKUP.matcher(text); m.find(); ) {
                    properties.putIfAbsent(m.group(1), m.group(2));
                }
            }
        }
        assertThat(properties).containsKeys("dangnhap.oidc.issuer", "dangnhap.master-key", "dangnhap.config");
        return properties;
    }

    /** The reference's rows naming a {@code dangnhap.*} property, by that property (as written: it may end in {@code .<alias>.*}). */
    private static Map<String, List<String>> referenceRows() throws Exception {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(REFERENCE)) {
            if (line.startsWith("| `dangnhap.")) {
                List<String> cells = List.of(line.substring(2, line.length() - 2).split(" \\| "));
                Matcher name = CODE.matcher(cells.getFirst());
                assertThat(name.find()).isTrue();
                rows.put(name.group(1), cells);
            }
        }
        return rows;
    }

    @Test
    void everyPropertyTheCodeBindsIsInTheReferenceWithItsVariableAndDefault() throws Exception {
        Map<String, List<String>> rows = referenceRows();
        Map<String, String> bound = boundProperties();
        SoftAssertions softly = new SoftAssertions();
        bound.forEach((property, fallback) -> {
            Optional<List<String>> row = rows.entrySet().stream()
                    .filter(r -> r.getKey().equals(property) || r.getKey().startsWith(property + "."))
                    .map(Map.Entry::getValue).findFirst();
            softly.assertThat(row).as("docs/configuration.md has a row for %s", property).isPresent();
            if (row.isEmpty()) {
                return;
            }
            String variable = property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
            softly.assertThat(String.join(" | ", row.get())).as("the row of %s names its environment variable", property)
                    .contains("`" + variable);
            if (fallback != null) {
                // property | variable | default | meaning, or property (env variable) | default | meaning
                String shown = row.get().get(row.get().size() - 2);
                String expected = fallback.replaceAll("^\\[|]$", "").replace(", ", ",");
                if (expected.isEmpty()) {
                    softly.assertThat(shown).as("the default of %s in docs/configuration.md: empty", property)
                            .containsAnyOf("empty", "none", "—", "`\"\"`");
                } else {
                    softly.assertThat(shown).as("the default of %s in docs/configuration.md", property).contains("`" + expected + "`");
                }
            }
        });
        softly.assertAll();
    }

    @Test
    void everyPropertyInTheReferenceIsBoundByTheCode() throws Exception {
        Map<String, String> bound = boundProperties();
        assertThat(referenceRows().keySet()).allSatisfy(written -> assertThat(bound.keySet())
                .as("docs/configuration.md lists %s: the code binds it", written)
                .anyMatch(property -> written.equals(property) || written.startsWith(property + ".")));
    }

    @Test
    void theSettingsTableListsExactlyTheSettingsOfTheFileWithTheirProperties() throws Exception {
        Map<String, String> documented = new LinkedHashMap<>(); // file key -> property (or prefix.*)
        boolean inTable = false;
        for (String line : Files.readAllLines(CONFIGURATION_AS_CODE)) {
            if (line.startsWith("| key | property |")) {
                inTable = true;
            } else if (inTable && !line.startsWith("|")) {
                break;
            } else if (inTable && line.startsWith("| `")) {
                String[] cells = line.substring(2).split(" \\| ");
                List<String> keys = expand(cells[0]);
                List<String> properties = expand(cells[1]);
                for (int i = 0; i < keys.size(); i++) {
                    documented.put(keys.get(i), properties.size() == 1 ? properties.getFirst() : properties.get(i));
                }
            }
        }
        Map<String, String> settings = new LinkedHashMap<>();
        for (Setting setting : SettingsCatalogue.load(getClass().getClassLoader()).settings()) {
            settings.put(setting.path(), setting.property());
        }
        assertThat(documented.keySet()).as("the keys of the settings table").containsExactlyInAnyOrderElementsOf(settings.keySet());
        documented.forEach((key, property) -> assertThat(settings.get(key)).as("the property of settings.%s", key)
                .satisfiesAnyOf(p -> assertThat(p).isEqualTo(property),
                        p -> assertThat(property).endsWith(".*").satisfies(d -> assertThat(p).startsWith(d.substring(0, d.length() - 1)))));
    }

    /** {@code `a.b`, `.c`} → {@code [a.b, a.c]}: a name starting with a dot continues the first one's parent. */
    private static List<String> expand(String cell) {
        List<String> names = new ArrayList<>();
        for (Matcher m = CODE.matcher(cell); m.find(); ) {
            String name = m.group(1);
            if (name.startsWith(".") && !names.isEmpty()) {
                String first = names.getFirst();
                name = first.substring(0, first.lastIndexOf('.')) + name;
            }
            names.add(name);
        }
        return names;
    }
}
