package vn.dangnhap.admin.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.dangnhap.admin.AdminMenuEntry;
import vn.dangnhap.admin.AdminNotice;

/** The console's start page: what the modules want noticed, then their sections with a count. */
@Controller
class AdminHomePage {

    /** A section on the start page: its menu entry and, if it counts, how many. */
    record Section(AdminMenuEntry entry, Long count) {}

    private final List<AdminMenuEntry> menu;
    private final List<AdminNotice> notices;

    AdminHomePage(List<AdminMenuEntry> menu, List<AdminNotice> notices) {
        this.menu = menu;
        this.notices = notices;
    }

    @GetMapping({"/admin", "/admin/"})
    String home(Model model) {
        model.addAttribute("notices", notices.stream().map(AdminNotice::current).flatMap(Optional::stream).toList());
        model.addAttribute("sections", menu.stream()
                .filter(entry -> !entry.path().equals("/admin"))
                .sorted(java.util.Comparator.comparingInt(AdminMenuEntry::order))
                .map(entry -> new Section(entry, entry.count() == null ? null : entry.count().get()))
                .toList());
        return "admin/index";
    }
}
