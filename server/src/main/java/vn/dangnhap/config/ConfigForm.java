package vn.dangnhap.config;

import java.util.ArrayList;
import java.util.List;

/**
 * What the items of one top-level key of the file look like, read and checked without the database:
 * their keys, the type of each value, required values, secret references, and the owning module's
 * rules that need no stored data (the form of a code, a name, a URL, a pattern). {@code config validate}
 * checks a file with the forms alone: it makes each with its no-argument constructor, outside Spring,
 * with neither a database nor any other bean — so a form needs none. Plan and apply read every item
 * through the same form, then the module's {@link ConfigSection} applies what it read; what needs
 * stored data (does the parent unit exist, is the client already registered) is checked only there.
 *
 * <p>A form lives in the owning module's {@code internal} package, next to its section, and its
 * name ends with {@code Form} ({@code config validate} looks only at classes so named).
 *
 * @param <I> what one item reads as, e.g. the module's input record
 */
public interface ConfigForm<I> {

    /** The top-level key, camelCase, e.g. {@code applications}. */
    String name();

    /** How one item is named in the plan, e.g. {@code application}. */
    String itemLabel();

    /** The item field holding the natural key (e.g. {@code code}); export items carry it. */
    String keyField();

    /** Sections apply in ascending order: what others refer to comes first (units 10, applications 20 …). */
    int order();

    /**
     * Reads one item (a mapping node), reporting every problem on the item's nodes
     * ({@link ConfigNode#problem}, {@link ConfigNode#attempt} around the module's own checks).
     *
     * @return what the item says, or null when it cannot be applied (a problem was reported)
     */
    I read(ConfigNode item);

    /** An item and what it read as. */
    record Item<I>(ConfigNode node, I value) {}

    /** Every item of {@code section} (a list), read; an item repeating another's key is reported and left out. */
    default List<Item<I>> readAll(ConfigNode section) {
        List<Item<I>> read = new ArrayList<>();
        for (ConfigNode node : section.items(keyField())) {
            I value = read(node);
            if (value != null) {
                read.add(new Item<>(node, value));
            }
        }
        return read;
    }
}
