package vn.dangnhap.config.internal;

import java.util.stream.Collectors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import vn.dangnhap.config.ConfigProblem;

/**
 * Turns a bad {@code dangnhap.config} file into Spring Boot's "APPLICATION FAILED TO START" report:
 * one line per problem, no stack trace (registered in {@code META-INF/spring.factories}).
 */
public class ConfigFailureAnalyzer extends AbstractFailureAnalyzer<InvalidConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidConfigurationException cause) {
        String problems = cause.problems().stream().map(ConfigProblem::toString).collect(Collectors.joining("\n    ", "    ", ""));
        return new FailureAnalysis(
                "The configuration file given with dangnhap.config has " + cause.problems().size()
                        + " problem(s); nothing was changed:\n" + problems,
                "Correct the file (see docs/configuration-as-code.md); check it with "
                        + "'java -jar dangnhap.jar config validate <file>' before starting again.",
                cause);
    }
}
