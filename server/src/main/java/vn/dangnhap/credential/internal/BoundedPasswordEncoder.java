package vn.dangnhap.credential.internal;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Lets at most {@code permits} hashes run at once; the others wait their turn (first come, first
 * served). A memory-hard hash costs its memory for as long as it runs, so running more of them
 * than there are processors only adds memory and garbage-collection work.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Semaphore permits;

    BoundedPasswordEncoder(PasswordEncoder delegate, int permits) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be at least 1");
        }
        this.delegate = delegate;
        this.permits = new Semaphore(permits, true);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bounded(() -> delegate.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return bounded(() -> delegate.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private <T> T bounded(Supplier<T> hashing) {
        permits.acquireUninterruptibly();
        try {
            return hashing.get();
        } finally {
            permits.release();
        }
    }

    int availablePermits() {
        return permits.availablePermits();
    }
}
