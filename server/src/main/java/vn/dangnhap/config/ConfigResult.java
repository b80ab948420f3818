package vn.dangnhap.config;

import java.util.List;

/**
 * What a plan or an apply found.
 *
 * @param changes  the plan in diff style ({@code + create application mail}, {@code ~ update …},
 *                 {@code - delete …}, {@code - disable …}); empty when the file matches what is stored
 * @param problems every problem found; when not empty nothing was changed
 * @param applied  true when the changes were committed (never for a plan)
 * @param restartRequired the {@code settings:} that differ from the running server's values, e.g.
 *                 {@code ~ setting loginDomains: [a.gov.vn] -> [b.gov.vn] (restart required: …)}: start-time
 *                 properties, never changed by a plan or an apply; they take effect when the server
 *                 starts with the file ({@code dangnhap.config})
 */
public record ConfigResult(List<String> changes, List<ConfigProblem> problems, boolean applied, List<String> restartRequired) {

    public ConfigResult {
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
        restartRequired = List.copyOf(restartRequired);
    }

    public ConfigResult(List<String> changes, List<ConfigProblem> problems, boolean applied) {
        this(changes, problems, applied, List.of());
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
