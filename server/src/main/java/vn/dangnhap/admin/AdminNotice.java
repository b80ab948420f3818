package vn.dangnhap.admin;

import java.util.List;
import java.util.Optional;

/**
 * Something the start page of the console should bring to an administrator's attention, contributed
 * by the module that knows it (e.g. applications no official may open yet). Implement as a bean.
 */
public interface AdminNotice {

    /** What to show now, if anything. */
    Optional<Notice> current();

    /**
     * @param id         the element id of the notice on the page
     * @param headingKey message key of the heading
     * @param whatKey    message key of what to do
     * @param items      the things concerned, each a link
     */
    record Notice(String id, String headingKey, String whatKey, List<Item> items) {}

    /** @param code shown beside the label and set as {@code data-code} */
    record Item(String label, String code, String path) {}
}
