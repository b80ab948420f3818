package vn.dangnhap.config.internal;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import vn.dangnhap.config.ConfigProblem;

/**
 * Reads the file as SnakeYAML nodes (which keep line numbers) and writes the export. Safe
 * loading: only the node tree is built, no Java objects; aliases and the document size are limited.
 */
public final class ConfigYaml {

    /** Large enough for thousands of applications, small enough that a wrong upload cannot exhaust memory. */
    public static final int MAX_CHARACTERS = 5_000_000;

    private ConfigYaml() {}

    /** The parsed document, or the syntax problem (with its line). */
    public sealed interface Parsed permits Document, Broken {}

    public record Document(Node root) implements Parsed {}

    public record Broken(ConfigProblem problem) implements Parsed {}

    public static Parsed parse(String file, String text) {
        if (text.length() > MAX_CHARACTERS) {
            return new Broken(new ConfigProblem(file, 0, "", "the file is larger than " + MAX_CHARACTERS + " characters"));
        }
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(MAX_CHARACTERS * 2);
        try {
            Node root = new Yaml(options).compose(new StringReader(text));
            return new Document(root);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            String problem = e.getProblem() == null ? "not valid YAML" : e.getProblem();
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            return new Broken(new ConfigProblem(file, line, "", "not valid YAML: " + problem + context));
        } catch (YAMLException e) {
            return new Broken(new ConfigProblem(file, 0, "", "not valid YAML: " + e.getMessage()));
        }
    }

    /** Block style, keys in the order given, two-space indent, UTF-8 text kept as is. */
    public static String write(String header, Map<String, Object> document) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setAllowUnicode(true);
        options.setSplitLines(false);
        options.setWidth(200);
        return header + new Yaml(options).dump(new LinkedHashMap<>(document));
    }

    static List<String> lines(String text) {
        return text.lines().toList();
    }
}
