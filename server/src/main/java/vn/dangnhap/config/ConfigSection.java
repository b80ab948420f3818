package vn.dangnhap.config;

import java.util.List;
import java.util.Map;

/**
 * One top-level key of the configuration file, contributed by the module owning those settings
 * as a Spring bean (e.g. {@code units}, {@code applications}, {@code oidcClients}). To add one:
 * write its {@link ConfigForm} (how an item reads, without the database) and this section (how
 * read items are applied and how the stored ones are exported) in the owning module's
 * {@code internal} package, the section annotated {@code @Component}; {@link ConfigurationAsCode}
 * finds it, applies it in {@link ConfigForm#order()} and exports it; {@code config validate} finds
 * the form. Document its keys in docs/configuration-as-code.md.
 *
 * <p>Planning is not a separate method: a plan runs {@link #apply} in a transaction that is rolled
 * back and compares {@link #export()} before and after, so the plan is what apply does, checked by
 * the owning module's own rules.
 */
public interface ConfigSection {

    /** How the section's items read; {@code config validate} uses the same form alone. */
    ConfigForm<?> form();

    /** The top-level key, e.g. {@code applications}. */
    default String name() {
        return form().name();
    }

    /**
     * The current settings as plain YAML data: one map per item (String keys; values String,
     * Integer, Boolean, or lists of String), keys in a fixed order, items in a stable order, no
     * null values; secrets as {@code ${SUGGESTED_NAME}} placeholders.
     */
    List<Map<String, Object>> export();

    /**
     * Creates or updates every item of {@code section} (a list node) through the owning module's
     * public API: each item read by {@link #form()} ({@link ConfigForm#readAll}), then applied inside
     * {@link ConfigNode#attempt}, which turns the module's refusals into problems on the item. Called
     * inside one transaction for the whole file, only when the key is present in the file.
     *
     * @param prune the file says {@code prune: true}: also delete or disable the stored items the
     *              section does not list (only when the file has no problem)
     */
    void apply(ConfigNode section, boolean prune);
}
