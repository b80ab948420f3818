package vn.dangnhap.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.dangnhap.shared.SignedInPerson;
import vn.dangnhap.web.AccountMenuEntry;

/**
 * The one layout of the self-service pages ({@code /account/**}, whichever module owns them): the
 * navigation built from the {@link AccountMenuEntry} beans for the signed-in person's kind of account,
 * with the current page marked. Pages include {@code account-layout :: header}.
 */
@ControllerAdvice
class AccountLayout {

    /** A link of the navigation, and whether it is the page shown. */
    record Item(AccountMenuEntry entry, boolean current) {}

    private final List<AccountMenuEntry> menu;

    AccountLayout(List<AccountMenuEntry> entries) {
        this.menu = entries.stream().sorted(Comparator.comparingInt(AccountMenuEntry::order)).toList();
    }

    @ModelAttribute("accountMenu")
    List<Item> menu(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!path.startsWith("/account/") || auth == null || !(auth.getPrincipal() instanceof SignedInPerson person)) {
            return null;
        }
        return menu.stream().filter(entry -> entry.kinds().contains(person.kind()))
                .map(entry -> new Item(entry, path.equals(entry.path()))).toList();
    }
}
