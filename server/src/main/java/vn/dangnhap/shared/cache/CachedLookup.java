package vn.dangnhap.shared.cache;

import java.util.function.Function;

/**
 * Rows of a table by key, each read once and kept ({@link ClusterCaches}); a loader may return
 * {@code Optional.empty()}, which is kept too (an unknown client id is asked for again and again).
 */
public final class CachedLookup<K, V> {

    private final ClusterCaches.Named cache;
    private final Function<K, V> loader;

    CachedLookup(ClusterCaches.Named cache, Function<K, V> loader) {
        this.cache = cache;
        this.loader = loader;
    }

    public V get(K key) {
        return cache.get(key, () -> loader.apply(key));
    }
}
