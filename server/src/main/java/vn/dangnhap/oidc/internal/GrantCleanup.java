package vn.dangnhap.oidc.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Removes grants whose every token expired, and finished logout deliveries older than a week:
 * the library's own JDBC store never deletes anything (spring-authorization-server #556). Plain
 * DELETEs by time, so running on two nodes at once is harmless.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class GrantCleanup {

    private static final Logger log = LoggerFactory.getLogger(GrantCleanup.class);

    private final AuthorizationStore authorizations;
    private final JdbcClient jdbc;
    private final Clock clock;

    GrantCleanup(AuthorizationStore authorizations, JdbcClient jdbc, Clock clock) {
        this.authorizations = authorizations;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${dangnhap.oidc.cleanup-interval:PT10M}", initialDelayString = "PT1M")
    int removeExpired() {
        int grants = authorizations.removeExpired(clock.instant());
        int deliveries = jdbc.sql("DELETE FROM oidc_logout_delivery WHERE status IN ('DELIVERED', 'GAVE_UP') AND created_at < ?")
                .param(clock.instant().minus(Duration.ofDays(7)).atOffset(ZoneOffset.UTC)).update();
        if (grants + deliveries > 0) {
            log.info("Cleanup: removed {} expired grants/retired refresh tokens and {} finished logout deliveries", grants, deliveries);
        }
        return grants + deliveries;
    }
}
