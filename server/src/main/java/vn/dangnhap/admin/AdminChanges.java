package vn.dangnhap.admin;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Records each change an administrator makes: one {@link AdminChangeMade} event, one audit line. */
@Component
public class AdminChanges {

    private final ApplicationEventPublisher events;

    AdminChanges(ApplicationEventPublisher events) {
        this.events = events;
    }

    /**
     * @param action      what was done, e.g. {@code OFFICIAL_CREATED}
     * @param application the application concerned, or null
     * @param detail      a short description; never a password or secret
     */
    public void record(ActingAdmin admin, String action, String application, String detail) {
        events.publishEvent(new AdminChangeMade(admin, action, application, detail));
    }
}
