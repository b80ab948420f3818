package vn.dangnhap.shared.cluster;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.net.SocketAddress;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.dangnhap.shared.cache.CacheMessages;
import vn.dangnhap.shared.cache.ClusterCaches;

/**
 * Cache invalidation over Redis pub/sub (channel {@code dangnhap:cache}), when the cluster runs
 * with Redis: published after the changing transaction commits, so no node reloads before the
 * rows are visible. Lettuce reconnects and subscribes again by itself; after a reconnection every
 * cache is dropped, since messages may have been missed meanwhile.
 */
final class RedisCacheMessages implements CacheMessages, SmartLifecycle {

    static final String CHANNEL = "dangnhap:cache";
    private static final Logger log = LoggerFactory.getLogger(RedisCacheMessages.class);

    private final String node = UUID.randomUUID().toString();
    private final RedisClient client;
    private final ClusterCaches caches;
    private StatefulRedisConnection<String, String> publishing;
    private StatefulRedisPubSubConnection<String, String> subscribed;
    private volatile boolean running;

    RedisCacheMessages(RedisClient client, ClusterCaches caches) {
        this.client = client;
        this.caches = caches;
    }

    @Override
    public void announce(String cacheName) {
        String message = node + ":" + cacheName;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    publish(message);
                }
            });
        } else {
            publish(message);
        }
    }

    private void publish(String message) {
        try {
            publishing.async().publish(CHANNEL, message);
        } catch (RuntimeException e) {
            // the other nodes reconnect and drop everything when Redis is back
            log.warn("Cache invalidation: could not publish to Redis ({})", e.getMessage());
        }
    }

    @Override
    public void start() {
        AtomicBoolean connectedOnce = new AtomicBoolean();
        client.addListener(new RedisConnectionStateListener() {
            @Override
            public void onRedisConnected(io.lettuce.core.RedisChannelHandler<?, ?> connection, SocketAddress address) {
                if (connection == subscribed && !connectedOnce.compareAndSet(false, true)) {
                    log.info("Cache invalidation: Redis reconnected; dropping every cache in case messages were missed");
                    caches.dropAllLocally();
                }
            }
        });
        publishing = client.connect();
        subscribed = client.connectPubSub();
        subscribed.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                int colon = message.indexOf(':');
                if (colon > 0 && !message.substring(0, colon).equals(node)) {
                    caches.dropLocally(message.substring(colon + 1));
                }
            }
        });
        subscribed.sync().subscribe(CHANNEL);
        connectedOnce.set(true);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (subscribed != null) {
            subscribed.close();
        }
        if (publishing != null) {
            publishing.close();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
