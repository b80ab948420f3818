package vn.dangnhap.citizen;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the application's calls to the {@link PopulationRegistry} connector, by wrapping it. Lets a
 * test show that bad input or an open circuit breaker sends nothing to the registry.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RegistryCallCounter {

    private final AtomicInteger calls = new AtomicInteger();

    public int calls() {
        return calls.get();
    }

    @Bean
    static BeanPostProcessor countingPopulationRegistry(ObjectProvider<RegistryCallCounter> counter) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof PopulationRegistry registry && !(bean instanceof Counting)) {
                    return new Counting(registry, () -> counter.getObject().calls.incrementAndGet());
                }
                return bean;
            }
        };
    }

    private record Counting(PopulationRegistry delegate, Runnable onCall) implements PopulationRegistry {
        @Override
        public Answer verify(Cccd cccd, Cmnd cmnd, String fullName) {
            onCall.run();
            return delegate.verify(cccd, cmnd, fullName);
        }
    }
}
