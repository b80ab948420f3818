package vn.dangnhap.config;

import java.util.List;
import java.util.Map;

/**
 * One top-level key of the configuration file, contributed by the module owning those settings
 * as a Spring bean (e.g. {@code units}, {@code applications}, {@code oidcClients}). To add one:
 * implement this interface in the owning module (in its {@code internal} package), annotate it
 * {@code @Component}; {@link ConfigurationAsCode} finds it, reads its key, applies it in
 * {@link #order()} and exports it. Document its keys in docs/configuration-as-code.md.
 *
 * <p>Validation and planning are not separate methods: a plan runs {@link #apply} in a
 * transaction that is rolled back and compares {@link #export()} before and after, so the plan
 * is what apply does, checked by the owning module's own rules.
 */
public interface ConfigSection {

    /** The top-level key, camelCase, e.g. {@code applications}. */
    String name();

    /** How one item is named in the plan, e.g. {@code application}. */
    String itemLabel();

    /** The item field holding the natural key (e.g. {@code code}); {@link #export()} items carry it. */
    String keyField();

    /** Sections apply in ascending order: what others refer to comes first (units 10, applications 20 …). */
    int order();

    /**
     * The current settings as plain YAML data: one map per item (String keys; values String,
     * Integer, Boolean, or lists of String), keys in a fixed order, items in a stable order, no
     * null values; secrets as {@code ${SUGGESTED_NAME}} placeholders.
     */
    List<Map<String, Object>> export();

    /**
     * Creates or updates every item of {@code section} (a list node) through the owning module's
     * public API, reporting problems on the nodes ({@link ConfigNode#problem},
     * {@link ConfigNode#attempt}). Called inside one transaction for the whole file, only when
     * the key is present in the file.
     *
     * @param prune the file says {@code prune: true}: also delete or disable the stored items the
     *              section does not list
     */
    void apply(ConfigNode section, boolean prune);
}
