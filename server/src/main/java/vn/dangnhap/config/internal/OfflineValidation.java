package vn.dangnhap.config.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;
import org.springframework.util.function.SingletonSupplier;
import vn.dangnhap.config.ConfigForm;
import vn.dangnhap.config.ConfigNode;
import vn.dangnhap.config.ConfigProblem;

/**
 * {@code config validate FILE}: everything that can be checked without the database — the file
 * parsed, its top level and {@code settings:} read as a start reads them, each section read by its
 * module's {@link ConfigForm} — with no Spring context: no database, no master key, no web server.
 * The forms are found on the class path (the classes named {@code …Form} implementing
 * {@link ConfigForm} in the application's packages) and made with their no-argument constructor. The environment is the one
 * a start would have (application.yml beside the jar and its profiles, environment variables,
 * {@code --name=value}), for the {@code ${NAME}} references and the settings left out of the file.
 */
public final class OfflineValidation {

    private final ConfigurableEnvironment environment;
    private final ClassLoader loader;

    private OfflineValidation(ConfigurableEnvironment environment, ClassLoader loader) {
        this.environment = environment;
        this.loader = loader;
    }

    /**
     * @param environment the command line's properties and environment variables; application.yml
     *                    (and its profiles) is added as a start would add it
     */
    public static OfflineValidation in(StandardEnvironment environment, ClassLoader loader) {
        ConfigDataEnvironmentPostProcessor.applyTo(environment);
        return new OfflineValidation(environment, loader);
    }

    /** Every problem of the file, in file:line: field form; empty when it is valid as far as it can be known without the database. */
    public List<ConfigProblem> validate(String file, String text) {
        LoggingSystem logging = LoggingSystem.get(loader);
        LogLevel before = logging.getLoggerConfiguration(LoggingSystem.ROOT_LOGGER_NAME).getConfiguredLevel();
        // Standard output carries the answer: the log is off unless asked for (--logging.level.root=warn).
        logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME,
                LogLevel.valueOf(environment.getProperty("logging.level.root", "off").strip().toUpperCase(Locale.ROOT)));
        try {
            return problems(file, text);
        } finally {
            logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, before);
        }
    }

    private List<ConfigProblem> problems(String file, String text) {
        List<ConfigForm<?>> forms = forms();
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(StringUtils.commaDelimitedListToStringArray(
                StringUtils.trimAllWhitespace(environment.getProperty("spring.messages.basename", "messages"))));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setBeanClassLoader(loader);
        FileTopLevel.Outcome outcome = FileTopLevel.read(file, ConfigYaml.parse(file, text), environment::getProperty, messages,
                forms.stream().map(ConfigForm::name).toList(),
                new SettingsReader(SingletonSupplier.of(() -> SettingsCatalogue.load(loader)), environment));
        return switch (outcome) {
            case FileTopLevel.Refused refused -> refused.problems();
            case FileTopLevel.Read read -> {
                ConfigNode root = read.root();
                for (ConfigForm<?> form : forms) {
                    if (read.present().contains(form.name())) {
                        form.readAll(root.get(form.name()));
                    }
                }
                yield root.problems();
            }
        };
    }

    /** The sections' forms of the application, in apply order. */
    List<ConfigForm<?>> forms() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.setResourceLoader(new DefaultResourceLoader(loader));
        scanner.addIncludeFilter(new AssignableTypeFilter(ConfigForm.class));
        scanner.setResourcePattern("**/*Form.class"); // a form's name ends with Form: only those classes are read
        String application = ConfigForm.class.getPackageName().substring(0, ConfigForm.class.getPackageName().lastIndexOf('.'));
        return scanner.findCandidateComponents(application).stream()
                .map(BeanDefinition::getBeanClassName)
                .<ConfigForm<?>>map(name -> BeanUtils.instantiateClass(ClassUtils.resolveClassName(name, loader), ConfigForm.class))
                .sorted(Comparator.comparingInt(ConfigForm::order))
                .toList();
    }
}
