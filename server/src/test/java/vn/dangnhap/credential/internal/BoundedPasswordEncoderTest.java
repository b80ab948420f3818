package vn.dangnhap.credential.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class BoundedPasswordEncoderTest {

    /** Counts how many calls are inside the delegate at once; each call waits for the gate. */
    static final class CountingEncoder implements PasswordEncoder {
        final AtomicInteger inside = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();
        final CountDownLatch gate = new CountDownLatch(1);

        @Override
        public String encode(CharSequence raw) {
            int now = inside.incrementAndGet();
            most.accumulateAndGet(now, Math::max);
            try {
                gate.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inside.decrementAndGet();
            return "hash:" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return encode(raw).equals(encoded);
        }
    }

    @Test
    void noMoreHashesRunAtOnceThanThePermitsAllowAndTheRestWaitTheirTurn() throws Exception {
        CountingEncoder counting = new CountingEncoder();
        BoundedPasswordEncoder bounded = new BoundedPasswordEncoder(counting, 2);
        List<Thread> threads = new ArrayList<>();
        AtomicInteger matched = new AtomicInteger();
        for (int i = 0; i < 8; i++) {
            threads.add(Thread.ofVirtual().start(() -> {
                if (bounded.matches("secret", "hash:secret")) {
                    matched.incrementAndGet();
                }
            }));
        }
        while (counting.inside.get() < 2) {
            Thread.onSpinWait();
        }
        assertThat(bounded.availablePermits()).isZero();
        counting.gate.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertThat(counting.most.get()).isEqualTo(2);
        assertThat(matched.get()).isEqualTo(8);
        assertThat(bounded.availablePermits()).isEqualTo(2);
    }
}
