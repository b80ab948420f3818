package vn.dangnhap.admin;

import java.util.function.Supplier;

/**
 * One section of the console, contributed by the module that owns it as a Spring bean: its link in
 * the navigation of every console page and, with a count, a line on the start page.
 *
 * @param path     the section's page, e.g. {@code /admin/units}
 * @param labelKey the message key of its name (Vietnamese first, English second)
 * @param order    the position in the navigation, ascending
 * @param count    how many items the section holds, for the start page; null for none
 */
public record AdminMenuEntry(String path, String labelKey, int order, Supplier<Long> count) {

    public AdminMenuEntry(String path, String labelKey, int order) {
        this(path, labelKey, order, null);
    }
}
