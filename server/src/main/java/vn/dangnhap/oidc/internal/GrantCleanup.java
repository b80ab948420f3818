package vn.dangnhap.oidc.internal;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Removes grants whose every token expired: the library's own JDBC store never deletes anything
 * (spring-authorization-server #556). Plain DELETEs by time, so running on two nodes at once is
 * harmless. (Finished logout deliveries are removed by the session module's queue.)
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class GrantCleanup {

    private static final Logger log = LoggerFactory.getLogger(GrantCleanup.class);

    private final AuthorizationStore authorizations;
    private final Clock clock;

    GrantCleanup(AuthorizationStore authorizations, Clock clock) {
        this.authorizations = authorizations;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${dangnhap.oidc.cleanup-interval:PT10M}", initialDelayString = "PT1M")
    int removeExpired() {
        int grants = authorizations.removeExpired(clock.instant());
        if (grants > 0) {
            log.info("Cleanup: removed {} expired grants/retired refresh tokens", grants);
        }
        return grants;
    }
}
