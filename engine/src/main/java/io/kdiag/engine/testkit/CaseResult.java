package io.kdiag.engine.testkit;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of one test case.
 *
 * @param name the case's name: its folder, relative to the folder the run was given
 * @param folder the case folder
 * @param failures what did not hold, one message each; empty when the case passed
 */
public record CaseResult(String name, Path folder, List<String> failures) {

    /** Copies the list. */
    public CaseResult {
        failures = List.copyOf(failures);
    }

    /** Whether every expectation held. */
    public boolean passed() {
        return failures.isEmpty();
    }

    /** {@code PASS name}, or {@code FAIL name} followed by one indented line per failure. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(passed() ? "PASS " : "FAIL ").append(name);
        failures.forEach(f -> out.append("\n    ").append(f));
        return out.toString();
    }
}
