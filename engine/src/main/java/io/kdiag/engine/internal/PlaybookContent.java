package io.kdiag.engine.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kdiag.engine.report.Risk;
import io.kdiag.engine.report.Severity;
import java.util.List;
import java.util.Map;

/**
 * The words of one playbook, as its content file ({@code <playbook>.yaml}) writes them: the
 * summary of each chain link it inserts, and for each diagnosis it concludes the title,
 * summary, plan, verification, prevention and references. Every text may name the values the
 * rules bind, as {@code {name}}.
 *
 * @param links the words of each link id
 * @param diagnoses the content of each diagnosis id
 */
public record PlaybookContent(Map<String, String> links, Map<String, DiagnosisContent> diagnoses) {

    /** Missing sections are empty. */
    public PlaybookContent {
        links = links == null ? Map.of() : Map.copyOf(links);
        diagnoses = diagnoses == null ? Map.of() : Map.copyOf(diagnoses);
    }

    /**
     * The content of one diagnosis.
     *
     * @param title one line, naming the real objects
     * @param severity the harm the diagnosis does when nothing makes it worse
     * @param summary one paragraph in plain words
     * @param rootCause what is wrong with the root cause object
     * @param remediation the ordered steps
     * @param verification commands that show the fix worked
     * @param prevention how to keep it from happening again
     * @param references further reading
     * @param explain a longer description for {@code kdiag explain}
     */
    public record DiagnosisContent(
            String title,
            Severity severity,
            String summary,
            String rootCause,
            List<StepContent> remediation,
            List<String> verification,
            List<String> prevention,
            List<String> references,
            String explain) {

        /** Missing lists are empty; title, severity, summary and root cause are required. */
        public DiagnosisContent {
            require(title, "title");
            require(severity, "severity");
            require(summary, "summary");
            require(rootCause, "rootCause");
            remediation = remediation == null ? List.of() : List.copyOf(remediation);
            verification = verification == null ? List.of() : List.copyOf(verification);
            prevention = prevention == null ? List.of() : List.copyOf(prevention);
            references = references == null ? List.of() : List.copyOf(references);
            explain = explain == null ? "" : explain;
        }
    }

    /**
     * One remediation step.
     *
     * @param title what the step does
     * @param risk what running it risks
     * @param when the value that must be set (not empty, not {@code false}) for the step to
     *     apply, or {@code null} when it always applies
     * @param checks what to make sure of first
     * @param commands the command templates
     * @param why why the step helps
     */
    public record StepContent(
            String title,
            Risk risk,
            @JsonProperty("when") String when,
            List<String> checks,
            List<String> commands,
            String why) {

        /** Missing lists are empty; title, risk and why are required. */
        public StepContent {
            require(title, "title");
            require(risk, "risk");
            require(why, "why");
            checks = checks == null ? List.of() : List.copyOf(checks);
            commands = commands == null ? List.of() : List.copyOf(commands);
        }
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("missing required field '" + field + "'");
        }
    }
}
