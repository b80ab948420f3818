package vn.dangnhap.shared.cache;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.cache.Cache;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The node's caches of small, hot, rarely changed tables (registered clients, CAS services,
 * release rules, access rules, units, signing keys, calendar years): Spring caches backed by
 * Caffeine, one per name, each dropped on every node when a change is committed on any node.
 *
 * <p>A module asks for a {@link CachedValue} (a whole table as one value) or a {@link CachedLookup}
 * (rows by key) and calls {@link #changed(String)} in the transaction that writes the table. That
 * drops the cache here at once and again when the transaction ends (so a value read in between,
 * from the old rows or from uncommitted ones later rolled back, is not kept), and announces the
 * change through {@link CacheMessages}: PostgreSQL {@code NOTIFY} inside the same transaction
 * (delivered to the other nodes only if it commits), or Redis pub/sub after the commit. A node
 * that may have missed messages (its listener reconnected) drops everything.
 *
 * <p>Each cache carries a generation that every drop increments: a load that started before a drop
 * is returned to its caller but not kept, so a slow reader cannot put an old value back.
 */
public final class ClusterCaches {

    private final Map<String, Named> caches = new ConcurrentHashMap<>();
    private volatile CacheMessages messages = CacheMessages.NONE;

    /** Where changes are announced; set once at start by the cluster configuration. */
    public void announceThrough(CacheMessages messages) {
        this.messages = messages;
    }

    /** A whole table read as one value, cached under {@code name}. */
    public <T> CachedValue<T> value(String name, Supplier<T> loader) {
        return new CachedValue<>(register(name, 1), loader);
    }

    /** Rows by key, at most {@code maximumSize} of them kept, cached under {@code name}. */
    public <K, V> CachedLookup<K, V> lookup(String name, int maximumSize, Function<K, V> loader) {
        return new CachedLookup<>(register(name, maximumSize), loader);
    }

    /** The table behind {@code name} changed in the current transaction (or just now, without one). */
    public void changed(String name) {
        Named cache = named(name);
        cache.drop();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cache.drop();
                }
            });
        }
        messages.announce(name);
    }

    /** Another node changed {@code name}'s table. */
    public void dropLocally(String name) {
        Named cache = caches.get(name);
        if (cache != null) {
            cache.drop();
        }
    }

    /** Messages may have been missed: everything is read again. */
    public void dropAllLocally() {
        caches.values().forEach(Named::drop);
    }

    /** The cache names in use, for the documentation and the operators' view. */
    public java.util.Set<String> names() {
        return java.util.Set.copyOf(caches.keySet());
    }

    private Named register(String name, int maximumSize) {
        Named cache = new Named(new CaffeineCache(name, Caffeine.newBuilder().maximumSize(maximumSize).build(), false));
        if (caches.putIfAbsent(name, cache) != null) {
            throw new IllegalStateException("cache " + name + " is registered twice");
        }
        return cache;
    }

    private Named named(String name) {
        Named cache = caches.get(name);
        if (cache == null) {
            throw new IllegalArgumentException("no cache named " + name);
        }
        return cache;
    }

    /** One Spring cache and its generation. */
    static final class Named {

        private final Cache cache;
        private final AtomicLong generation = new AtomicLong();

        Named(Cache cache) {
            this.cache = cache;
        }

        @SuppressWarnings("unchecked")
        <V> V get(Object key, Supplier<V> loader) {
            Cache.ValueWrapper hit = cache.get(key);
            if (hit != null) {
                return (V) hit.get();
            }
            long before = generation.get();
            V value = loader.get();
            if (value != null && generation.get() == before) {
                cache.put(key, value);
                if (generation.get() != before) {
                    // a drop raced with the put: it must win
                    cache.evict(key);
                }
            }
            return value;
        }

        void evict(Object key) {
            generation.incrementAndGet();
            cache.evict(key);
        }

        void drop() {
            generation.incrementAndGet();
            cache.clear();
        }
    }
}
