package vn.dangnhap.config;

import java.io.IOException;
import vn.dangnhap.admin.ActingAdmin;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.scheduling.config.TaskManagementConfigUtils;
import vn.dangnhap.config.internal.OfflineValidation;

/**
 * {@code java -jar dangnhap.jar config validate|plan|apply|export [file] [--out file]
 * [--spring.datasource.url=…]}: configuration as code from deployment scripts. {@code validate} needs
 * nothing but the file and the properties ({@link OfflineValidation}). The others start Dangnhap
 * without opening a port ({@code server.port=-1}), without the scheduled jobs or the start-up tasks (demo data, first
 * administrator, {@code dangnhap.config}), on the same database properties as the server
 * (application.yml, environment, {@code --name=value}). Exit status: 0 done, 1 the file has
 * problems (or the database could not be reached), 2 wrong usage.
 */
public final class ConfigCommandLine {

    public static final int OK = 0;
    public static final int INVALID = 1;
    public static final int USAGE = 2;

    private static final String USAGE_TEXT = """
            Usage: java -jar dangnhap.jar config <command> [file] [options]
              validate <file>        check the file without the database (no master key needed)
              plan <file>            print what apply would change; changes nothing (settings: what the
                                     next start with this file would change)
              apply <file>           create or update what the file describes (all or nothing)
              export [--out <file>]  print the current settings (secrets as ${…} placeholders)
            Options: --name=value sets a server property, e.g. --spring.datasource.url=jdbc:postgresql://…
            Exit status: 0 done, 1 problems in the file, 2 wrong usage.""";

    private ConfigCommandLine() {}

    /** True when the process was started as the configuration command ({@code config …}). */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && args[0].equals("config");
    }

    /**
     * Runs the command.
     *
     * @param application the {@code @SpringBootApplication} class
     * @param args        the whole command line, starting with {@code config}
     * @return the exit status
     */
    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        List<String> words = new ArrayList<>();
        Map<String, String> properties = new LinkedHashMap<>();
        String outFile = null;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--out")) {
                if (i + 1 >= args.length) {
                    return usage(err, "--out needs a file name");
                }
                outFile = args[++i];
            } else if (arg.startsWith("--out=")) {
                outFile = arg.substring(6);
            } else if (arg.startsWith("--") && arg.contains("=")) {
                properties.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else if (arg.startsWith("-")) {
                return usage(err, "unknown option " + arg);
            } else {
                words.add(arg);
            }
        }
        if (words.isEmpty()) {
            return usage(err, "no command given");
        }
        String command = words.getFirst();
        boolean needsFile = List.of("validate", "plan", "apply").contains(command);
        if (!needsFile && !command.equals("export")) {
            return usage(err, "unknown command " + command);
        }
        if (needsFile ? words.size() != 2 : words.size() != 1) {
            return usage(err, needsFile ? command + " needs exactly one file" : "export takes no file (use --out <file>)");
        }
        String text = null;
        String fileName = null;
        if (needsFile) {
            Path path = Path.of(words.get(1));
            fileName = path.getFileName().toString();
            try {
                text = Files.readString(path, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return usage(err, "cannot read " + path + " (" + e.getClass().getSimpleName() + ")");
            }
        }
        if (command.equals("validate")) {
            return validate(application, fileName, text, properties, out, err);
        }
        ConfigurableApplicationContext context;
        try {
            context = start(application, properties);
        } catch (RuntimeException e) {
            err.println("Dangnhap could not start: " + rootMessage(e));
            return INVALID;
        }
        try (context) {
            ConfigurationAsCode config = context.getBean(ConfigurationAsCode.class);
            if (command.equals("export")) {
                String yaml = config.export(ActingAdmin.system("config:cli"));
                if (outFile == null) {
                    out.print(yaml);
                } else {
                    Files.writeString(Path.of(outFile), yaml, StandardCharsets.UTF_8);
                    out.println("Exported to " + outFile);
                }
                return OK;
            }
            ConfigResult result = command.equals("apply")
                    ? config.apply(fileName, text, ActingAdmin.system("config:cli"))
                    : config.plan(fileName, text);
            if (!result.valid()) {
                result.problems().forEach(err::println);
                err.println(result.problems().size() + " problem(s); nothing was changed.");
                return INVALID;
            }
            String restart = result.restartRequired().isEmpty() ? ""
                    : " " + result.restartRequired().size() + " setting(s) take effect only when the server starts with this file.";
            switch (command) {
                case "plan" -> {
                    result.changes().forEach(out::println);
                    result.restartRequired().forEach(out::println);
                    out.println((result.changes().isEmpty() ? "No changes." : result.changes().size() + " change(s).") + restart);
                }
                default -> {
                    result.changes().forEach(out::println);
                    result.restartRequired().forEach(out::println);
                    out.println("Applied " + result.changes().size() + " change(s)." + restart);
                }
            }
            return OK;
        } catch (IOException e) {
            err.println("cannot write " + outFile + " (" + e.getClass().getSimpleName() + ")");
            return USAGE;
        }
    }

    /**
     * {@code validate}: offline — no Spring context, no database, no master key, no web server
     * ({@link OfflineValidation}); what needs stored data is left to {@code plan}.
     */
    private static int validate(Class<?> application, String fileName, String text, Map<String, String> properties,
                                PrintStream out, PrintStream err) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new)));
        List<ConfigProblem> problems;
        try {
            problems = OfflineValidation.in(environment, application.getClassLoader()).validate(fileName, text);
        } catch (RuntimeException e) {
            err.println("config: the file could not be checked: " + rootMessage(e));
            return INVALID;
        }
        if (!problems.isEmpty()) {
            problems.forEach(err::println);
            err.println(problems.size() + " problem(s).");
            return INVALID;
        }
        out.println(fileName + ": valid, as far as it can be known without the database "
                + "(what it refers to, e.g. a parent unit, and the changes it makes: config plan)");
        return OK;
    }

    private static ConfigurableApplicationContext start(Class<?> application, Map<String, String> properties) {
        SpringApplication spring = new SpringApplication(application);
        // The security configuration needs a servlet context, so the context is a web one, but with
        // server.port=-1 no port is opened: no request can reach this process.
        spring.setWebApplicationType(WebApplicationType.SERVLET);
        spring.setLogStartupInfo(false);
        Map<String, String> arguments = new LinkedHashMap<>(properties);
        // stdout carries the plan or the export, and the console log would go there too: the log is
        // off unless asked for (--logging.level.root=warn); a failed start is reported on stderr.
        arguments.putIfAbsent("logging.level.root", "off");
        arguments.putIfAbsent("spring.main.banner-mode", "off");
        // Command-line arguments win over application.yml: never a listening port.
        arguments.put("server.port", "-1");
        spring.addInitializers(context -> context.addBeanFactoryPostProcessor(beanFactory -> {
            BeanDefinitionRegistry registry = (BeanDefinitionRegistry) beanFactory;
            // No scheduled jobs (lifecycle, cleanup, deliveries) and no start-up tasks in a command.
            if (registry.containsBeanDefinition(TaskManagementConfigUtils.SCHEDULED_ANNOTATION_PROCESSOR_BEAN_NAME)) {
                registry.removeBeanDefinition(TaskManagementConfigUtils.SCHEDULED_ANNOTATION_PROCESSOR_BEAN_NAME);
            }
            for (Class<?> runner : List.of(ApplicationRunner.class, CommandLineRunner.class)) {
                for (String name : beanFactory.getBeanNamesForType(runner, true, false)) {
                    registry.removeBeanDefinition(name);
                }
            }
        }));
        String[] springArgs = arguments.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return spring.run(springArgs);
    }

    private static int usage(PrintStream err, String problem) {
        err.println("config: " + problem);
        err.println(USAGE_TEXT);
        return USAGE;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
