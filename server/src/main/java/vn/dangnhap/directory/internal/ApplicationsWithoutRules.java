package vn.dangnhap.directory.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dangnhap.directory.Application;
import vn.dangnhap.directory.ApplicationCatalogue;

/**
 * At start, names the applications for officials that no official may open (no access rule): an
 * operator upgrading from a version where clients needed no application finds here the ones the
 * upgrade attached, and fixes their rules in /admin (which lists them too).
 */
@Component
class ApplicationsWithoutRules {

    private static final Logger log = LoggerFactory.getLogger(ApplicationsWithoutRules.class);

    private final ApplicationCatalogue catalogue;

    ApplicationsWithoutRules(ApplicationCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        List<Application> closed = catalogue.withoutAccessRules();
        if (!closed.isEmpty()) {
            log.warn("{} application(s) for officials have no access rule, so no official may open them: {}. "
                    + "Give them rules in /admin/applications or in the configuration file.",
                    closed.size(), String.join(", ", closed.stream().map(Application::code).toList()));
        }
    }
}
