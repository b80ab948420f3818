package vn.dangnhap.session.internal;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import io.lettuce.core.ClientOptions;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.serializer.RedisSerializer;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.data.redis.RedisIndexedSessionRepository;
import org.springframework.session.data.redis.config.ConfigureNotifyKeyspaceEventsAction;
import org.springframework.session.data.redis.config.annotation.web.http.EnableRedisIndexedHttpSession;
import org.springframework.session.events.SessionDestroyedEvent;
import vn.dangnhap.shared.cluster.ClusterConfiguration;
import vn.dangnhap.shared.cluster.ClusterProperties;

/**
 * SSO sessions in Redis ({@code dangnhap.cluster.redis-url}), for larger provinces: Spring Session's
 * indexed repository under the key prefix {@code dangnhap:session}, attributes written by the same
 * filtered codec as the database store.
 *
 * <p>Redis tells every node when a session is deleted or expires (keyspace notifications, which
 * Spring Session switches on; re-applied every 30 s since a restarted Redis forgets them); the
 * node that first claims the end ({@code SET NX}) reports it, so the applications hear of it once.
 * If Redis loses its data, people sign in again; nothing else breaks.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(ClusterConfiguration.REDIS_CONFIGURED)
@EnableRedisIndexedHttpSession(redisNamespace = "dangnhap:session")
class RedisSessionStore {

    private static final Logger log = LoggerFactory.getLogger(RedisSessionStore.class);

    /**
     * While Redis is unreachable, commands fail at once (and the page says so: {@link
     * SessionStoreUnavailable}) instead of queueing for Lettuce's default minute.
     */
    @Bean
    LettuceConnectionFactory redisConnectionFactory(ClusterProperties cluster) {
        LettuceClientConfiguration.LettuceClientConfigurationBuilder client = LettuceClientConfiguration.builder()
                .commandTimeout(Duration.ofSeconds(3))
                .clientOptions(ClientOptions.builder()
                        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS).build());
        if (cluster.redisUrl().startsWith("rediss:")) {
            client.useSsl();
        }
        return new LettuceConnectionFactory(LettuceConnectionFactory.createRedisConfiguration(cluster.redisUrl()),
                client.build());
    }

    @Bean("springSessionDefaultRedisSerializer")
    RedisSerializer<Object> sessionSerializer(SessionAttributeCodec codec) {
        return new RedisSerializer<>() {
            @Override
            public byte[] serialize(Object value) {
                return value == null ? new byte[0] : codec.write(value);
            }

            @Override
            public Object deserialize(byte[] bytes) {
                return bytes == null || bytes.length == 0 ? null : codec.read(bytes);
            }
        };
    }

    @Bean
    SessionRepositoryCustomizer<RedisIndexedSessionRepository> sessionIdleTimeout(
            @Value("${server.servlet.session.timeout:15m}") Duration idle) {
        return repository -> repository.setDefaultMaxInactiveInterval(idle);
    }

    @Bean
    SessionEndClaims sessionEndClaims(RedisConnectionFactory redis, SessionEndings endings) {
        return new SessionEndClaims(new StringRedisTemplate(redis), endings);
    }

    /** Reports each session end once in the cluster, and keeps Redis's keyspace notifications on. */
    static class SessionEndClaims {

        private final StringRedisTemplate redis;
        private final SessionEndings endings;

        SessionEndClaims(StringRedisTemplate redis, SessionEndings endings) {
            this.redis = redis;
            this.endings = endings;
        }

        @EventListener
        void on(SessionDestroyedEvent destroyed) {
            Boolean first = redis.opsForValue().setIfAbsent("dangnhap:session-ended:" + destroyed.getSessionId(),
                    "1", Duration.ofMinutes(10));
            if (Boolean.TRUE.equals(first)) {
                endings.ended(destroyed.getSessionId(),
                        destroyed.getSession().getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY));
            }
        }

        @Scheduled(fixedDelay = 30_000, initialDelay = 30_000)
        void keepKeyspaceNotificationsOn() {
            try (RedisConnection connection = redis.getRequiredConnectionFactory().getConnection()) {
                new ConfigureNotifyKeyspaceEventsAction().configure(connection);
            } catch (RuntimeException e) {
                log.warn("Redis: could not check keyspace notifications ({})", e.getMessage());
            }
        }
    }
}
