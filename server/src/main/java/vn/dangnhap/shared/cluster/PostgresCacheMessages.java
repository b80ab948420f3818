package vn.dangnhap.shared.cluster;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangnhap.shared.cache.CacheMessages;
import vn.dangnhap.shared.cache.ClusterCaches;

/**
 * Cache invalidation over PostgreSQL: {@code pg_notify} in the changing transaction (PostgreSQL
 * delivers it only when that transaction commits, after the rows are visible) and one listening
 * connection per node, outside the pool, on a thread of its own. The payload is
 * {@code <node>:<cache name>}; a node ignores its own. When the listening connection breaks, the
 * node reconnects and drops every cache, since it may have missed messages meanwhile.
 */
final class PostgresCacheMessages implements CacheMessages, SmartLifecycle {

    static final String CHANNEL = "dangnhap_cache";
    private static final Logger log = LoggerFactory.getLogger(PostgresCacheMessages.class);
    private static final Duration RECONNECT = Duration.ofSeconds(2);

    private final String node = UUID.randomUUID().toString();
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final ClusterCaches caches;
    private volatile boolean running;
    private volatile Thread listener;
    private volatile Connection listening;

    PostgresCacheMessages(JdbcClient jdbc, DataSource dataSource, ClusterCaches caches) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.caches = caches;
    }

    @Override
    public void announce(String cacheName) {
        jdbc.sql("SELECT pg_notify(?, ?)").params(CHANNEL, node + ":" + cacheName).query().singleRow();
    }

    @Override
    public void start() {
        running = true;
        listener = Thread.ofPlatform().daemon().name("cache-invalidation").start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = listener;
        if (thread != null) {
            thread.interrupt();
        }
        closeQuietly(listening);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        boolean first = true;
        while (running) {
            try (Connection connection = connect()) {
                listening = connection;
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                if (!first) {
                    log.info("Cache invalidation: listening again; dropping every cache in case messages were missed");
                    caches.dropAllLocally();
                }
                first = false;
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(1000);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            received(n.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                first = false;
                log.warn("Cache invalidation: listening connection lost ({}); reconnecting", e.getMessage());
                caches.dropAllLocally();
                try {
                    Thread.sleep(RECONNECT);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private void received(String payload) {
        int colon = payload.indexOf(':');
        if (colon > 0 && !payload.substring(0, colon).equals(node)) {
            caches.dropLocally(payload.substring(colon + 1));
        }
    }

    /** Its own connection: a pooled one would be recycled under the listener's feet. */
    private Connection connect() throws SQLException {
        if (dataSource instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
            return DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
        }
        return dataSource.getConnection();
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing to end the listener; nothing to do
            }
        }
    }
}
