package vn.dangnhap.config.internal;

import java.util.List;
import vn.dangnhap.config.ConfigProblem;

/** The file given with {@code dangnhap.config} has problems: the start stops, nothing was changed. */
public class InvalidConfigurationException extends RuntimeException {

    private final List<ConfigProblem> problems;

    public InvalidConfigurationException(List<ConfigProblem> problems) {
        super(problems.size() + " problem(s) in the configuration file");
        this.problems = List.copyOf(problems);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }
}
