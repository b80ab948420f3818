package vn.dangnhap.admin.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.entry.ApplicationCatalogue;
import vn.dangnhap.entry.ApplicationEntry;

/** The console's start page: the sections, a few counts, and the applications no official may open yet. */
@Controller
class AdminHomePage {

    private final Directory directory;
    private final ApplicationCatalogue catalogue;
    private final ApplicationEntry entry;

    AdminHomePage(Directory directory, ApplicationCatalogue catalogue, ApplicationEntry entry) {
        this.directory = directory;
        this.catalogue = catalogue;
        this.entry = entry;
    }

    @GetMapping({"/admin", "/admin/"})
    String home(Model model) {
        model.addAttribute("unitCount", directory.units().size());
        model.addAttribute("officialCount", directory.officialCount());
        model.addAttribute("applicationCount", catalogue.all().size());
        model.addAttribute("closedApplications", entry.withoutAccessRules());
        return "admin/index";
    }
}
