package vn.dangnhap.config.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import vn.dangnhap.config.ConfigNode;
import vn.dangnhap.config.ConfigProblem;

/**
 * {@code --dangnhap.config=path} (or {@code DANGNHAP_CONFIG}): reads and parses the file once, before
 * any bean is made. Its {@code settings:} section becomes a property source, so login domains, branding,
 * password and lockout rules and the registry connector are bound from it like any property.
 * Precedence: the command line, system properties and environment variables win over the file; the
 * file wins over {@code application.yml} (and its profiles) and the code's defaults. A file that cannot
 * be read or parsed, or a section {@code settings:} with problems, stops the start (the failure analyzer
 * prints them as file:line: field: message). The property source also carries the parsed file, which
 * {@link ConfigAtStartup} applies once the database is ready. Registered in {@code META-INF/spring.factories}.
 */
public class ConfigFileAtStart implements EnvironmentPostProcessor, Ordered {

    /** The name of the property source holding the file's settings. */
    public static final String PROPERTY_SOURCE = "dangnhap.config settings";

    /** The file's settings as properties, and the file itself, parsed. */
    static final class FileSettings extends MapPropertySource {

        private final String file;
        private final ConfigYaml.Document document;

        FileSettings(Map<String, Object> properties, String file, ConfigYaml.Document document) {
            super(PROPERTY_SOURCE, properties);
            this.file = file;
            this.document = document;
        }

        String file() {
            return file;
        }

        ConfigYaml.Document document() {
            return document;
        }
    }

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 5; // application.yml is loaded; dangnhap.config may come from it
    }

    /** The file this process started with, read and parsed at start; empty without {@code dangnhap.config}. */
    static Optional<FileSettings> startedWith(Environment environment) {
        return environment instanceof ConfigurableEnvironment configurable
                && configurable.getPropertySources().get(PROPERTY_SOURCE) instanceof FileSettings file
                ? Optional.of(file) : Optional.empty();
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String location = environment.getProperty("dangnhap.config", "");
        if (location.isBlank()) {
            return;
        }
        Path path = Path.of(location.strip());
        String file = path.getFileName() == null ? location : path.getFileName().toString();
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidConfigurationException(List.of(new ConfigProblem(location, 0, "",
                    "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")")));
        }
        ConfigYaml.Document document = switch (ConfigYaml.parse(file, text)) {
            case ConfigYaml.Broken broken -> throw new InvalidConfigurationException(List.of(broken.problem()));
            case ConfigYaml.Document parsed -> parsed;
        };
        ConfigNode root = ConfigNode.root(document.root(), file, environment::getProperty, null);
        Map<String, Object> properties = Map.of();
        if (root.isMapping() && root.has("settings")) { // the rest of the file is checked when it is applied
            SettingsCatalogue catalogue = SettingsCatalogue.load(application.getClassLoader());
            properties = SettingsReader.properties(new SettingsReader(catalogue, environment).read(root.get("settings")));
            if (!root.problems().isEmpty()) {
                throw new InvalidConfigurationException(root.problems());
            }
        }
        MutablePropertySources sources = environment.getPropertySources();
        FileSettings settings = new FileSettings(properties, file, document);
        sources.remove(PROPERTY_SOURCE);
        if (sources.contains(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME)) {
            sources.addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, settings);
        } else if (sources.contains(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME)) {
            sources.addAfter(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME, settings);
        } else {
            sources.addFirst(settings);
        }
    }
}
