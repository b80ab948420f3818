package vn.dangnhap.admin.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.dangnhap.admin.AdminMenuEntry;

/**
 * The console's shell around every module's pages: the navigation, built from the
 * {@link AdminMenuEntry} beans the modules contribute, put in the model of every {@code /admin} page.
 */
@ControllerAdvice
class AdminLayout {

    private final List<AdminMenuEntry> menu;

    AdminLayout(List<AdminMenuEntry> entries) {
        this.menu = entries.stream().sorted(Comparator.comparingInt(AdminMenuEntry::order)).toList();
    }

    @ModelAttribute("adminMenu")
    List<AdminMenuEntry> menu(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/admin") || path.startsWith("/admin/") ? menu : null;
    }

    /** The shell's own entries: the start page, and the audit trail (module audit depends on nobody). */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class ShellEntries {

        @Bean
        AdminMenuEntry adminHome() {
            return new AdminMenuEntry("/admin", "admin.nav.home", 0);
        }

        @Bean
        AdminMenuEntry auditTrail() {
            return new AdminMenuEntry("/admin/audit", "admin.nav.audit", 1000);
        }
    }
}
