package vn.dangnhap.config.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.dangnhap.admin.ActingAdmin;
import vn.dangnhap.config.ConfigResult;
import vn.dangnhap.config.ConfigurationAsCode;

/**
 * {@code --dangnhap.config=path}: applies the file — read and parsed at start by {@link ConfigFileAtStart},
 * not read again — once the database is migrated, the demo data loaded and the first administrator
 * created; a file with problems stops the start.
 */
@Component
@Order(20) // after DemoDataLoader (0) and BootstrapAdmin (10)
class ConfigAtStartup implements ApplicationRunner {

    private final ConfigurationAsCode config;
    private final Environment environment;

    ConfigAtStartup(ConfigurationAsCode config, Environment environment) {
        this.config = config;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        ConfigFileAtStart.startedWith(environment).ifPresent(file -> {
            ConfigResult result = config.apply(file.file(), file.document(), ActingAdmin.system("config:startup"));
            if (!result.valid()) {
                throw new InvalidConfigurationException(result.problems());
            }
        });
    }
}
