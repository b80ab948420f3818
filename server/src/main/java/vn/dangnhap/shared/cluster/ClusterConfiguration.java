package vn.dangnhap.shared.cluster;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangnhap.shared.cache.ClusterCaches;

/**
 * One node or several: the caches and how their changes reach the other nodes — Redis pub/sub
 * when {@code dangnhap.cluster.redis-url} is set, PostgreSQL {@code LISTEN/NOTIFY} on PostgreSQL,
 * nothing on H2 (one node only).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClusterProperties.class)
public class ClusterConfiguration {

    /** For {@code @ConditionalOnExpression}: Redis is configured. */
    public static final String REDIS_CONFIGURED = "'${dangnhap.cluster.redis-url:}'.trim() != ''";
    /** For {@code @ConditionalOnExpression}: Redis is not configured. */
    public static final String REDIS_NOT_CONFIGURED = "'${dangnhap.cluster.redis-url:}'.trim() == ''";
    private static final String ON_POSTGRESQL_WITHOUT_REDIS =
            "'${spring.datasource.url:}'.startsWith('jdbc:postgresql:') and " + REDIS_NOT_CONFIGURED;

    @Bean
    ClusterCaches clusterCaches() {
        return new ClusterCaches();
    }

    @Bean(destroyMethod = "shutdown")
    @ConditionalOnExpression(REDIS_CONFIGURED)
    RedisClient redisClient(ClusterProperties properties) {
        RedisClient client = RedisClient.create(properties.redisUrl());
        client.setOptions(ClientOptions.builder().disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS).build());
        return client;
    }

    @Bean
    @ConditionalOnExpression(REDIS_CONFIGURED)
    RedisCacheMessages redisCacheMessages(RedisClient redis, ClusterCaches caches) {
        RedisCacheMessages messages = new RedisCacheMessages(redis, caches);
        caches.announceThrough(messages);
        return messages;
    }

    @Bean
    @ConditionalOnExpression(ON_POSTGRESQL_WITHOUT_REDIS)
    PostgresCacheMessages postgresCacheMessages(JdbcClient jdbc, DataSource dataSource, ClusterCaches caches) {
        PostgresCacheMessages messages = new PostgresCacheMessages(jdbc, dataSource, caches);
        caches.announceThrough(messages);
        return messages;
    }
}
