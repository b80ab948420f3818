package vn.dangnhap.session.internal;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import vn.dangnhap.session.SessionLifetime;
import vn.dangnhap.shared.cluster.ClusterConfiguration;
import vn.dangnhap.shared.cluster.JobLease;

/**
 * Where SSO sessions live: Spring Session, so that every node of a cluster reads the same
 * sessions and a restart keeps them — in the database by default ({@link DatabaseSessions}), in
 * Redis when {@code dangnhap.cluster.redis-url} is set ({@link RedisSessionStore}).
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    static final String COOKIE = "DANGNHAP_SESSION";

    /** The session cookie: HttpOnly, SameSite=Lax, Secure over HTTPS, a Max-Age only for "Ghi nhớ đăng nhập". */
    @Bean
    CookieSerializer sessionCookie(@Value("${server.servlet.session.cookie.name:" + COOKIE + "}") String name) {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName(name);
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        cookie.setUseBase64Encoding(false);
        cookie.setRememberMeRequestAttribute(SessionLifetime.KEEP_ATTRIBUTE);
        return cookie;
    }

    @Bean
    SessionAttributeCodec sessionAttributeCodec() {
        return new SessionAttributeCodec(SessionStoreConfiguration.class.getClassLoader());
    }

    /**
     * Spring Security's sessions by principal, read from the store's find-by-principal index: the
     * OIDC provider reads it to put {@code sid} in ID tokens and to check RP-initiated logout.
     */
    @Bean
    <S extends Session> SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
        return new SpringSessionBackedSessionRegistry<>(sessions);
    }

    /** The default: sessions in the database. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression(ClusterConfiguration.REDIS_NOT_CONFIGURED)
    @EnableSpringHttpSession
    static class InDatabase {

        @Bean
        DatabaseSessions sessionRepository(JdbcTemplate jdbc, SessionAttributeCodec codec, SessionEndings endings,
                                           @Value("${server.servlet.session.timeout:15m}") Duration idle,
                                           @Value("${spring.datasource.url:}") String databaseUrl) {
            DatabaseSessions sessions = new DatabaseSessions(jdbc, codec, endings);
            sessions.setDefaultMaxInactiveInterval(idle);
            if (databaseUrl.startsWith("jdbc:postgresql:")) {
                // an attribute written by two concurrent requests of one browser: upsert, not a duplicate key
                new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(sessions);
            }
            return sessions;
        }

        @Bean
        SessionExpiry sessionExpiry(DatabaseSessions sessions, JobLease lease) {
            return new SessionExpiry(sessions, lease);
        }
    }
}
