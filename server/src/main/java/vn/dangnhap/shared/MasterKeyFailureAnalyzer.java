package vn.dangnhap.shared;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start without a usable master key ends with Spring Boot's "APPLICATION FAILED TO START" report
 * giving the one-line reason, instead of a stack trace through the beans that needed the key
 * (registered in {@code META-INF/spring.factories}).
 */
public class MasterKeyFailureAnalyzer extends AbstractFailureAnalyzer<MasterKeyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MasterKeyException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set DANGNHAP_MASTER_KEY in the server's environment (docs/install.md) and start again; "
                        + "only the demo profile generates a key of its own.", cause);
    }
}
