package vn.dangnhap.login.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import vn.dangnhap.login.SignedInAccount;
import vn.dangnhap.login.SsoSessionEnded;

/**
 * Turns the end of an HTTP session that carried a signed-in official or citizen into {@link SsoSessionEnded},
 * whatever ended it (logout, idle timeout, invalidation by an admin action).
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

    /** Which sessions an official has; the OIDC provider reads it to put {@code sid} in ID tokens. */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @EventListener
    void on(HttpSessionDestroyedEvent destroyed) {
        for (SecurityContext context : destroyed.getSecurityContexts()) {
            if (context.getAuthentication() != null
                    && context.getAuthentication().getPrincipal() instanceof SignedInAccount account) {
                events.publishEvent(new SsoSessionEnded(SsoSessionEnded.sidOf(destroyed.getId()), account.accountId(),
                        account.loginName()));
            }
        }
    }
}
