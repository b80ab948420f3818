package vn.dangnhap.testsupport;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Counts the password hash verifications ({@link PasswordEncoder#matches}) the application does,
 * by wrapping its encoder. Lets a test show that "no such account" costs the same Argon2 work as
 * "wrong password" without timing anything.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PasswordHashCounter {

    private final AtomicInteger matches = new AtomicInteger();

    public int matchesCalls() {
        return matches.get();
    }

    @Bean
    static BeanPostProcessor countingPasswordEncoder(org.springframework.beans.factory.ObjectProvider<PasswordHashCounter> counter) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof PasswordEncoder encoder && !(bean instanceof Counting)) {
                    return new Counting(encoder, () -> counter.getObject().matches.incrementAndGet());
                }
                return bean;
            }
        };
    }

    private record Counting(PasswordEncoder delegate, Runnable onMatches) implements PasswordEncoder {
        @Override
        public String encode(CharSequence raw) {
            return delegate.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            onMatches.run();
            return delegate.matches(raw, encoded);
        }

        @Override
        public boolean upgradeEncoding(String encoded) {
            return delegate.upgradeEncoding(encoded);
        }
    }
}
