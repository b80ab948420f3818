package vn.dangnhap.shared;

import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A small table read once and kept in memory until a change on this node says otherwise (hot
 * paths — DESIGN §3 — read settings without a database round trip). {@link #invalidate()} drops the
 * value at once and again when the changing transaction ends: a reader that loaded the value in
 * between (the old committed rows, or the uncommitted ones of a transaction later rolled back)
 * never keeps it. Other nodes learn of the change only through the cluster's invalidation messages.
 */
public final class CachedValue<T> {

    private final Supplier<T> loader;
    private volatile T value;

    public CachedValue(Supplier<T> loader) {
        this.loader = loader;
    }

    public T get() {
        T current = value;
        if (current == null) {
            current = loader.get();
            value = current;
        }
        return current;
    }

    public void invalidate() {
        value = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    value = null;
                }
            });
        }
    }
}
