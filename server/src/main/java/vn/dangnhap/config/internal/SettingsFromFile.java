package vn.dangnhap.config.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import vn.dangnhap.config.ConfigNode;
import vn.dangnhap.config.ConfigProblem;

/**
 * {@code --dangnhap.config=path} (or {@code DANGNHAP_CONFIG}): the file's {@code settings:} section
 * becomes a property source before any bean is made, so login domains, branding, password and
 * lockout rules and the registry connector are bound from it like any property. Precedence: the
 * command line, system properties and environment variables win over the file; the file wins over
 * {@code application.yml} (and its profiles) and the code's defaults. A section with problems
 * stops the start (the failure analyzer prints them as file:line: field: message). The other
 * sections are applied later, by {@link ConfigAtStartup}, once the database is ready.
 * Registered in {@code META-INF/spring.factories}.
 */
public class SettingsFromFile implements EnvironmentPostProcessor, Ordered {

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 5; // application.yml is loaded; dangnhap.config may come from it
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
        ConfigNode root;
        switch (ConfigYaml.parse(file, text)) {
            case ConfigYaml.Broken broken -> throw new InvalidConfigurationException(List.of(broken.problem()));
            case ConfigYaml.Document document -> root = ConfigNode.root(document.root(), file, environment::getProperty, null);
        }
        if (!root.isMapping() || !root.has("settings")) {
            return; // the rest of the file is checked when it is applied
        }
        Map<String, Object> properties = StartupSettings.properties(StartupSettings.read(root.get("settings"), environment));
        if (!root.problems().isEmpty()) {
            throw new InvalidConfigurationException(root.problems());
        }
        MutablePropertySources sources = environment.getPropertySources();
        MapPropertySource settings = new MapPropertySource(StartupSettings.PROPERTY_SOURCE, properties);
        sources.remove(StartupSettings.PROPERTY_SOURCE);
        if (sources.contains(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME)) {
            sources.addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, settings);
        } else if (sources.contains(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME)) {
            sources.addAfter(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME, settings);
        } else {
            sources.addFirst(settings);
        }
    }
}
