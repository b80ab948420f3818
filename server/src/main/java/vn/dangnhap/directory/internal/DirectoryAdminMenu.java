package vn.dangnhap.directory.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dangnhap.admin.AdminMenuEntry;
import vn.dangnhap.admin.AdminNotice;
import vn.dangnhap.directory.Application;
import vn.dangnhap.directory.ApplicationCatalogue;
import vn.dangnhap.directory.Directory;

/** The directory's sections of the console, and the notice of applications no official may open yet. */
@Configuration(proxyBeanMethods = false)
class DirectoryAdminMenu {

    @Bean
    AdminMenuEntry unitsSection(Directory directory) {
        return new AdminMenuEntry("/admin/units", "admin.nav.units", 10, () -> (long) directory.units().size());
    }

    @Bean
    AdminMenuEntry importSection() {
        return new AdminMenuEntry("/admin/import", "admin.nav.import", 30);
    }

    @Bean
    AdminMenuEntry applicationsSection(ApplicationCatalogue catalogue) {
        return new AdminMenuEntry("/admin/applications", "admin.nav.applications", 40, () -> (long) catalogue.all().size());
    }

    @Bean
    AdminNotice applicationsWithoutRulesNotice(ApplicationCatalogue catalogue) {
        return () -> {
            List<Application> closed = catalogue.withoutAccessRules();
            return closed.isEmpty() ? Optional.empty() : Optional.of(new AdminNotice.Notice("closed-applications",
                    "admin.home.closed.heading", "admin.home.closed.what", closed.stream()
                    .map(app -> new AdminNotice.Item(app.name(), app.code(), "/admin/applications/" + app.code() + "/edit"))
                    .toList()));
        };
    }
}
