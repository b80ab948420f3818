package vn.dangnhap.admin.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.portal.ApplicationCatalogue;

/** The console's start page: the sections and a few counts. */
@Controller
class AdminHomePage {

    private final Directory directory;
    private final ApplicationCatalogue catalogue;

    AdminHomePage(Directory directory, ApplicationCatalogue catalogue) {
        this.directory = directory;
        this.catalogue = catalogue;
    }

    @GetMapping({"/admin", "/admin/"})
    String home(Model model) {
        model.addAttribute("unitCount", directory.units().size());
        model.addAttribute("officialCount", directory.officialCount());
        model.addAttribute("applicationCount", catalogue.all().size());
        return "admin/index";
    }
}
