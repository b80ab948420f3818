package vn.dangnhap.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * docs/configuration.md is the configuration reference: every {@code dangnhap.*} property the
 * code binds — record components of {@code @ConfigurationProperties} classes, {@code @Value}
 * placeholders and {@code Environment} look-ups — must be listed there.
 */
class ConfigurationReferenceTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path REFERENCE = Path.of("../docs/configuration.md");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(dangnhap\\.[a-z0-9.-]+)");
    private static final Pattern LOOKUP = Pattern.compile("getProperty\\(\"(dangnhap\\.[a-z0-9.-]+)\"");

    @Test
    void everyDangnhapPropertyBoundInCodeIsInTheConfigurationReference() throws Exception {
        TreeSet<String> properties = new TreeSet<>();
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        for (BeanDefinition candidate : scanner.findCandidateComponents("vn.dangnhap")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
            collect(annotation.value().isEmpty() ? annotation.prefix() : annotation.value(), type, properties);
        }
        assertThat(properties).as("the scan found the @ConfigurationProperties records").contains("dangnhap.directory.login-domains");
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                for (Pattern pattern : new Pattern[] {PLACEHOLDER, LOOKUP}) {
                    Matcher m = pattern.matcher(text);
                    while (m.find()) {
                        properties.add(m.group(1));
                    }
                }
            }
        }
        assertThat(properties).contains("dangnhap.oidc.issuer", "dangnhap.master-key", "dangnhap.config");

        String reference = Files.readString(REFERENCE);
        assertThat(properties).allSatisfy(property -> assertThat(reference)
                .as("docs/configuration.md lists %s", property).contains("`" + property));
    }

    /** Record components in kebab case; nested records of ours are walked, lists and maps named once. */
    private static void collect(String prefix, Class<?> type, Collection<String> into) throws IOException {
        if (!type.isRecord()) {
            into.add(prefix);
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            String name = prefix + "." + kebab(component.getName());
            Class<?> componentType = component.getType();
            if (componentType.isRecord() && componentType.getName().startsWith("vn.dangnhap")
                    && !Collection.class.isAssignableFrom(componentType) && !Map.class.isAssignableFrom(componentType)) {
                collect(name, componentType, into);
            } else {
                into.add(name);
            }
        }
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
