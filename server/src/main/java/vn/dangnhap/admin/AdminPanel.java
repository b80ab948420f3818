package vn.dangnhap.admin;

import java.util.Map;
import java.util.UUID;

/**
 * A part of a record's console page that another module owns — e.g. on an official's page, the
 * account links (module linking). The page's module lists the panels for its page and inserts
 * each one's fragment with its model; neither module imports the other. Implement as a bean.
 */
public interface AdminPanel {

    /** Which record pages the panel belongs on, e.g. {@value #OFFICIAL}. */
    String page();

    /** Position among the page's panels, ascending. */
    int order();

    /** The Thymeleaf fragment, e.g. {@code admin/official-links :: panel}; it reads its data from {@code panel}. */
    String fragment();

    /** The panel's data for the record shown. */
    Map<String, Object> model(UUID recordId);

    /** The page of one official's account ({@code /admin/officials/{id}/edit}). */
    String OFFICIAL = "official";

    /** A panel ready to insert: its fragment and its data. */
    record Rendered(String fragment, Map<String, Object> model) {}
}
