package vn.dangnhap.config;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import vn.dangnhap.shared.DomainException;
import vn.dangnhap.shared.InvalidInputException;

/**
 * A node of the configuration file as a section reads it: typed getters that report a problem
 * (file, line, field path, plain English) instead of throwing, so one run lists every mistake.
 * A getter returns null when the key is absent or its value is {@code null} or has the wrong type.
 */
public final class ConfigNode {

    /** A secret is only ever a reference to an environment variable. */
    private static final Pattern SECRET_REFERENCE = Pattern.compile("\\$\\{([A-Z_][A-Z0-9_]*)}");

    private final Node node;
    private final String path;
    private final int line;
    private final Reading reading;

    private ConfigNode(Node node, String path, int line, Reading reading) {
        this.node = node;
        this.path = path;
        this.line = line;
        this.reading = reading;
    }

    /**
     * The whole file (for {@link ConfigurationAsCode}).
     *
     * @param environment the properties and environment variables: resolves {@code ${NAME}} references
     *                    ({@link #secret}) and {@link #property}; returns null for an unset name
     * @param messages    turns the modules' message keys into English
     */
    public static ConfigNode root(Node node, String file, Function<String, String> environment, MessageSource messages) {
        return new ConfigNode(node, "", node == null ? 1 : lineOf(node), new Reading(file, environment, messages));
    }

    /** Every problem reported on any node of this file so far. */
    public List<ConfigProblem> problems() {
        return List.copyOf(reading.problems);
    }

    /** Plan lines sections added that an export cannot show (e.g. a changed secret). */
    public List<String> notes() {
        return List.copyOf(reading.notes);
    }

    public String file() {
        return reading.file;
    }

    /** e.g. {@code applications[3]}; empty for the root. */
    public String path() {
        return path;
    }

    public int line() {
        return line;
    }

    public boolean isPresent() {
        return node != null && !isNull(node);
    }

    public boolean isMapping() {
        return node instanceof MappingNode;
    }

    /** The keys of a mapping node, in file order. */
    public List<String> keys() {
        if (!(node instanceof MappingNode mapping)) {
            return List.of();
        }
        return mapping.getValue().stream().map(t -> scalarText(t.getKeyNode())).toList();
    }

    public boolean has(String key) {
        return tuple(key).isPresent();
    }

    /** The value under {@code key}; a missing key gives an absent node placed at this node's line. */
    public ConfigNode get(String key) {
        return tuple(key)
                .map(t -> new ConfigNode(t.getValueNode(), child(key), lineOf(t.getValueNode()), reading))
                .orElseGet(() -> new ConfigNode(null, child(key), line, reading));
    }

    /**
     * The elements of a list node; a problem (and no elements) when the node is not a list.
     * Items that are not mappings are reported and left out.
     */
    public List<ConfigNode> items() {
        if (!isPresent()) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            problem("expected a list (lines starting with \"- \")");
            return List.of();
        }
        List<ConfigNode> items = new ArrayList<>();
        List<Node> values = sequence.getValue();
        for (int i = 0; i < values.size(); i++) {
            ConfigNode item = new ConfigNode(values.get(i), path + "[" + i + "]", lineOf(values.get(i)), reading);
            if (values.get(i) instanceof MappingNode) {
                items.add(item);
            } else {
                item.problem("expected a mapping of keys and values");
            }
        }
        return items;
    }

    /**
     * {@link #items()}, reporting an item whose {@code keyField} repeats an earlier one (compared
     * case-insensitively) and leaving it out.
     */
    public List<ConfigNode> items(String keyField) {
        Map<String, ConfigNode> seen = new HashMap<>();
        List<ConfigNode> unique = new ArrayList<>();
        for (ConfigNode item : items()) {
            String key = item.text(keyField);
            if (key != null) {
                ConfigNode first = seen.putIfAbsent(key.strip().toLowerCase(Locale.ROOT), item);
                if (first != null) {
                    item.get(keyField).problem("\"" + key + "\" is listed twice (first at line " + first.line() + ")");
                    continue;
                }
            }
            unique.add(item);
        }
        return unique;
    }

    /** Reports every key of this mapping that is not one of {@code allowed}. */
    public void allowOnly(String... allowed) {
        Set<String> known = new LinkedHashSet<>(Arrays.asList(allowed));
        if (node instanceof MappingNode mapping) {
            for (NodeTuple t : mapping.getValue()) {
                String key = scalarText(t.getKeyNode());
                if (!known.contains(key)) {
                    reading.add(lineOf(t.getKeyNode()), child(String.valueOf(key)),
                            "unknown key (allowed here: " + String.join(", ", known) + ")");
                }
            }
        }
    }

    /** A scalar as text. */
    public String text(String key) {
        ConfigNode value = get(key);
        if (!value.isPresent()) {
            return null;
        }
        if (!(value.node instanceof ScalarNode scalar)) {
            value.problem("expected a single value, not a list or mapping");
            return null;
        }
        return scalar.getValue();
    }

    /** {@code true} or {@code false}. */
    public Boolean bool(String key) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                get(key).problem("expected true or false, found \"" + abbreviate(text) + "\"");
                yield null;
            }
        };
    }

    public boolean bool(String key, boolean fallback) {
        Boolean value = bool(key);
        return value == null ? fallback : value;
    }

    /** A whole number. */
    public Integer integer(String key) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            get(key).problem("expected a whole number, found \"" + abbreviate(text) + "\"");
            return null;
        }
    }

    /** One of the enum's constants, case-insensitively. */
    public <E extends Enum<E>> E choice(String key, Class<E> type) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            get(key).problem("expected one of " + Arrays.toString(type.getEnumConstants()) + ", found \"" + abbreviate(text) + "\"");
            return null;
        }
    }

    /** A list of single values; absent gives an empty list. */
    public List<String> texts(String key) {
        ConfigNode value = get(key);
        if (!value.isPresent()) {
            return List.of();
        }
        if (!(value.node instanceof SequenceNode sequence)) {
            value.problem("expected a list, e.g. [a, b] or lines starting with \"- \"");
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < sequence.getValue().size(); i++) {
            Node element = sequence.getValue().get(i);
            if (element instanceof ScalarNode scalar && !isNull(element)) {
                result.add(scalar.getValue());
            } else {
                new ConfigNode(element, value.path + "[" + i + "]", lineOf(element), reading).problem("expected a single value");
            }
        }
        return result;
    }

    /** A list of dates written YYYY-MM-DD. */
    public List<LocalDate> dates(String key) {
        List<LocalDate> dates = new ArrayList<>();
        for (String text : texts(key)) {
            try {
                dates.add(LocalDate.parse(text.strip()));
            } catch (DateTimeParseException e) {
                get(key).problem("\"" + abbreviate(text) + "\" is not a date written YYYY-MM-DD");
            }
        }
        return dates;
    }

    /**
     * A secret: only a reference {@code ${ENV_NAME}} is accepted, resolved from the environment
     * now. A literal value, or a variable that is not set, is a problem (the value is never shown).
     */
    public Secret secret(String key) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        Matcher reference = SECRET_REFERENCE.matcher(text.strip());
        if (!reference.matches()) {
            get(key).problem("a secret must be a reference to an environment variable, e.g. ${MAIL_CLIENT_SECRET}; "
                    + "secrets are never written in the file");
            return null;
        }
        String variable = reference.group(1);
        String value = reading.environment.apply(variable);
        if (value == null || value.isEmpty()) {
            get(key).problem("the environment variable " + variable + " is not set");
            return null;
        }
        return new Secret(variable, value);
    }

    /** A secret resolved from {@code variable}; {@link #toString()} never shows the value. */
    public record Secret(String variable, String value) {
        @Override
        public String toString() {
            return "${" + variable + "}";
        }
    }

    /**
     * A property of the server (or the command) reading the file, for a rule that depends on one,
     * e.g. {@code dangnhap.oidc.minimum-token-seconds}; null when it is not set.
     */
    public String property(String name) {
        return reading.environment.apply(name);
    }

    /** Reports a problem at this node. */
    public void problem(String message) {
        reading.add(line, path, message);
    }

    /** Reports a problem at the value of {@code key} (or at this node when the key is absent). */
    public void problem(String key, String message) {
        get(key).problem(message);
    }

    /** Adds a line to the plan that the export cannot show (e.g. {@code ~ update client mail: secret}). */
    public void note(String planLine) {
        reading.notes.add(planLine);
    }

    /**
     * Runs a change through a module's public API; a {@link DomainException} it throws becomes a
     * problem at the field it names (an {@link InvalidInputException}'s field is this item's key
     * of the same name), in the module's own English words.
     *
     * @return true when the action completed
     */
    public boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (DomainException e) {
            String message = reading.messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), Locale.ENGLISH);
            if (e instanceof InvalidInputException invalid && invalid.field() != null) {
                get(invalid.field()).problem(message);
            } else {
                problem(message);
            }
            return false;
        }
    }

    private String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private Optional<NodeTuple> tuple(String key) {
        if (!(node instanceof MappingNode mapping)) {
            return Optional.empty();
        }
        return mapping.getValue().stream().filter(t -> key.equals(scalarText(t.getKeyNode()))).findFirst();
    }

    private static String scalarText(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : String.valueOf(node);
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    private static int lineOf(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    /** What all nodes of one file share. */
    private static final class Reading {
        final String file;
        final Function<String, String> environment;
        final MessageSource messages;
        final List<ConfigProblem> problems = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        Reading(String file, Function<String, String> environment, MessageSource messages) {
            this.file = file;
            this.environment = environment;
            this.messages = messages;
        }

        void add(int line, String path, String message) {
            ConfigProblem problem = new ConfigProblem(file, line, path, message);
            if (!problems.contains(problem)) { // a value read twice is reported once
                problems.add(problem);
            }
        }
    }
}
