package vn.dangnhap.config.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import vn.dangnhap.config.ConfigNode;
import vn.dangnhap.config.ConfigProblem;

/**
 * The top level of a configuration file, read the same way by plan, apply and {@code config validate}:
 * a mapping of {@code version}, {@code prune}, {@code settings} and the sections' keys, with its
 * {@code settings:} read by a {@link SettingsReader}. The sections themselves are read by their forms.
 */
public final class FileTopLevel {

    /** The key of the start-time settings. */
    public static final String SETTINGS = "settings";

    /** Format version written by the export and accepted by the reader. */
    public static final int VERSION = 1;

    private FileTopLevel() {}

    public sealed interface Outcome permits Read, Refused {}

    /** The file's top level has problems: nothing else was read. */
    public record Refused(List<ConfigProblem> problems) implements Outcome {}

    /**
     * What the top level says.
     *
     * @param root     the file (its sections are read from it; it collects every problem)
     * @param present  the top-level keys the file has
     * @param settings the {@code settings:} the file gives, checked
     */
    public record Read(ConfigNode root, boolean prune, Set<String> present,
                       Map<Setting, SettingsReader.FileValue> settings) implements Outcome {}

    /**
     * @param environment the properties and environment variables ({@code ${NAME}} references)
     * @param messages    the modules' messages (English), for their refusals
     * @param sections    the sections' keys, in apply order
     */
    public static Outcome read(String file, ConfigYaml.Parsed parsed, Function<String, String> environment,
                               MessageSource messages, List<String> sections, SettingsReader settings) {
        ConfigNode root;
        switch (parsed) {
            case ConfigYaml.Broken broken -> {
                return new Refused(List.of(broken.problem()));
            }
            case ConfigYaml.Document document -> root = ConfigNode.root(document.root(), file, environment, messages);
        }
        if (!root.isPresent()) {
            return new Refused(List.of(new ConfigProblem(file, 0, "", "the file is empty")));
        }
        if (!root.isMapping()) {
            return new Refused(List.of(new ConfigProblem(file, root.line(), "",
                    "expected keys such as version, prune, " + String.join(", ", sections))));
        }
        List<String> allowed = new ArrayList<>(List.of("version", "prune", SETTINGS));
        allowed.addAll(sections);
        root.allowOnly(allowed.toArray(String[]::new));
        Integer version = root.integer("version");
        if (version != null && version != VERSION) {
            root.problem("version", "this server reads version " + VERSION + " of the format");
        }
        boolean prune = root.bool("prune", false);
        if (!root.problems().isEmpty()) {
            return new Refused(root.problems());
        }
        Map<Setting, SettingsReader.FileValue> values = root.has(SETTINGS) ? settings.read(root.get(SETTINGS)) : Map.of();
        return new Read(root, prune, Set.copyOf(root.keys()), values);
    }
}
