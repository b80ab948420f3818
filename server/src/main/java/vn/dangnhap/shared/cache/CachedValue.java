package vn.dangnhap.shared.cache;

import java.util.function.Supplier;

/**
 * A small table read once and kept in memory ({@link ClusterCaches}): hot paths (DESIGN §3) read
 * it without a database round trip. Dropped on every node when the table changes.
 */
public final class CachedValue<T> {

    private static final String KEY = "value";

    private final ClusterCaches.Named cache;
    private final Supplier<T> loader;

    CachedValue(ClusterCaches.Named cache, Supplier<T> loader) {
        this.cache = cache;
        this.loader = loader;
    }

    public T get() {
        return cache.get(KEY, loader);
    }

    /** Reads it again on this node at the next use (e.g. a time-based change no other node announces). */
    public void forgetHere() {
        cache.evict(KEY);
    }
}
