package vn.dangnhap.config;

import java.util.List;

/**
 * What a plan or an apply found.
 *
 * @param changes  the plan in diff style ({@code + create application mail}, {@code ~ update …},
 *                 {@code - delete …}, {@code - disable …}); empty when the file matches what is stored
 * @param problems every problem found; when not empty nothing was changed
 * @param applied  true when the changes were committed (never for a plan)
 */
public record ConfigResult(List<String> changes, List<ConfigProblem> problems, boolean applied) {

    public ConfigResult {
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
