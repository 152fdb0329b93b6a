package io.kdiag.engine.testkit;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of a run of the test kit: every case, in path order.
 *
 * @param cases the cases' results
 */
public record TestKitReport(List<CaseResult> cases) {

    /** Copies the list. */
    public TestKitReport {
        cases = List.copyOf(cases);
    }

    /** Whether at least one case ran and every case passed. */
    public boolean passed() {
        return !cases.isEmpty() && cases.stream().allMatch(CaseResult::passed);
    }

    /** The cases that failed. */
    public List<CaseResult> failed() {
        return cases.stream().filter(c -> !c.passed()).toList();
    }

    /** One line: {@code 5 cases: 4 passed, 1 failed}, or {@code no test cases found}. */
    public String summary() {
        if (cases.isEmpty()) {
            return "no test cases found";
        }
        int failed = failed().size();
        return cases.size() + " case" + (cases.size() == 1 ? "" : "s") + ": " + (cases.size() - failed) + " passed, "
                + failed + " failed";
    }

    /**
     * Throws when a case failed or none ran, for use in JUnit:
     * {@code PlaybookTestKit.of(kdiag).run(cases).assertPassed();}
     *
     * @throws AssertionError naming every failed case and each of its failures
     */
    public void assertPassed() {
        if (!passed()) {
            throw new AssertionError(summary() + failed().stream().map(CaseResult::toString)
                    .collect(Collectors.joining("\n", "\n", "")));
        }
    }
}
