package vn.dangnhap.config.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.dangnhap.admin.ActingAdmin;
import vn.dangnhap.config.ConfigProblem;
import vn.dangnhap.config.ConfigResult;
import vn.dangnhap.config.ConfigurationAsCode;

/**
 * {@code --dangnhap.config=path}: applies the file once the database is migrated, the demo data
 * loaded and the first administrator created; a file with problems stops the start.
 */
@Component
@Order(20) // after DemoDataLoader (0) and BootstrapAdmin (10)
class ConfigAtStartup implements ApplicationRunner {

    private final ConfigurationAsCode config;
    private final String location;

    ConfigAtStartup(ConfigurationAsCode config, @Value("${dangnhap.config:}") String location) {
        this.config = config;
        this.location = location;
    }

    @Override
    public void run(ApplicationArguments args) {
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
        ConfigResult result = config.apply(file, text, ActingAdmin.system("config:startup"));
        if (!result.valid()) {
            throw new InvalidConfigurationException(result.problems());
        }
    }
}
