package vn.dangnhap.shared.cluster;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dangnhap.cluster.*}: how the nodes of a cluster share what is not in the database
 * (docs/cluster.md).
 *
 * @param redisUrl Redis for SSO sessions and cache invalidation, e.g. {@code redis://10.0.0.7:6379}
 *                 ({@code rediss://} for TLS, {@code redis://:password@host:6379}); empty: sessions in
 *                 the database and invalidation through PostgreSQL {@code LISTEN/NOTIFY}
 */
@ConfigurationProperties("dangnhap.cluster")
public record ClusterProperties(String redisUrl) {

    public ClusterProperties {
        redisUrl = redisUrl == null || redisUrl.isBlank() ? null : redisUrl.strip();
    }

    public boolean redisConfigured() {
        return redisUrl != null;
    }
}
