package vn.dangnhap.shared.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class ClusterCachesTest {

    private final ClusterCaches caches = new ClusterCaches();
    private final List<String> announced = new ArrayList<>();

    ClusterCachesTest() {
        caches.announceThrough(announced::add);
    }

    @Test
    void readsOnceUntilTheTableChangesAndAnnouncesEachChange() {
        AtomicInteger reads = new AtomicInteger();
        CachedValue<Integer> value = caches.value("t.rows", reads::incrementAndGet);

        assertThat(value.get()).isEqualTo(1);
        assertThat(value.get()).isEqualTo(1);
        caches.changed("t.rows");

        assertThat(value.get()).isEqualTo(2);
        assertThat(announced).containsExactly("t.rows");
    }

    @Test
    void anotherNodesChangeDropsOnlyThatCache() {
        AtomicInteger a = new AtomicInteger();
        AtomicInteger b = new AtomicInteger();
        CachedValue<Integer> first = caches.value("t.a", a::incrementAndGet);
        CachedLookup<String, Integer> second = caches.lookup("t.b", 10, key -> b.incrementAndGet());
        first.get();
        second.get("x");

        caches.dropLocally("t.a");

        assertThat(first.get()).isEqualTo(2);
        assertThat(second.get("x")).isEqualTo(1);
        assertThat(announced).isEmpty();
    }

    @Test
    void aValueLoadedWhileTheCacheWasDroppedIsReturnedButNotKept() {
        AtomicInteger reads = new AtomicInteger();
        CachedValue<Integer>[] holder = new CachedValue[1];
        holder[0] = caches.value("t.slow", () -> {
            int n = reads.incrementAndGet();
            if (n == 1) {
                // a change committed on another node while this (old) read was in progress
                caches.dropLocally("t.slow");
            }
            return n;
        });

        assertThat(holder[0].get()).isEqualTo(1);
        assertThat(holder[0].get()).as("read again: the first read may be older than the change").isEqualTo(2);
        assertThat(holder[0].get()).isEqualTo(2);
    }

    @Test
    void aValueReadInsideTheChangingTransactionIsDroppedWhenItEnds() {
        AtomicInteger reads = new AtomicInteger();
        CachedLookup<String, Optional<Integer>> rows = caches.lookup("t.tx", 10, key -> Optional.of(reads.incrementAndGet()));
        TransactionSynchronizationManager.initSynchronization();
        try {
            caches.changed("t.tx");
            assertThat(rows.get("k")).contains(1); // the uncommitted row, cached for now
            for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
                s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK);
            }
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        assertThat(rows.get("k")).as("rolled back: read again").contains(2);
    }

    @Test
    void aNameIsOneCache() {
        caches.value("t.once", () -> 1);
        assertThatThrownBy(() -> caches.value("t.once", () -> 2)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> caches.changed("t.unknown")).isInstanceOf(IllegalArgumentException.class);
    }
}
