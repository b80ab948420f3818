package vn.dangnhap.web;

import java.util.Set;
import vn.dangnhap.shared.AccountKind;

/**
 * One self-service page of {@code /account}, contributed as a bean by the module that owns it: its
 * link in the navigation every account page shows, for the kinds of account it serves.
 *
 * @param path     the page, e.g. {@code /account/links}
 * @param labelKey the message key of its name (Vietnamese first, English second)
 * @param order    position in the navigation, ascending
 * @param kinds    who sees the link: officials, citizens or both
 */
public record AccountMenuEntry(String path, String labelKey, int order, Set<AccountKind> kinds) {

    public AccountMenuEntry {
        kinds = Set.copyOf(kinds);
    }
}
