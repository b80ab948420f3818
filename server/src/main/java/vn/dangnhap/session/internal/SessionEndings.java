package vn.dangnhap.session.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import vn.dangnhap.session.SessionSid;
import vn.dangnhap.session.SsoSessionEnded;
import vn.dangnhap.shared.SignedInPerson;

/**
 * Turns the end of an HTTP session that carried a signed-in official or citizen into {@link SsoSessionEnded},
 * whatever ended it (logout, idle timeout, an account locked or merged away: {@link LockedOutAccounts}).
 */
@Configuration(proxyBeanMethods = false)
class SessionEndings {

    private final ApplicationEventPublisher events;

    SessionEndings(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Makes the servlet container's session events visible as Spring events. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * Spring Security's sessions by principal: the OIDC provider registers a session in it at the
     * authorization endpoint and reads it back to put {@code sid} in ID tokens and to check
     * RP-initiated logout requests.
     */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @EventListener
    void on(HttpSessionDestroyedEvent destroyed) {
        for (SecurityContext context : destroyed.getSecurityContexts()) {
            if (context.getAuthentication() != null
                    && context.getAuthentication().getPrincipal() instanceof SignedInPerson person) {
                events.publishEvent(new SsoSessionEnded(SessionSid.of(destroyed.getId()), person.accountId(), person.loginName()));
            }
        }
    }
}
