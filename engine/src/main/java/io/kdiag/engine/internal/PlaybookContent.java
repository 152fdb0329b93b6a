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
 * rules bind, as {@code {name}}; each diagnosis declares the values its candidates carry.
 *
 * @param links the words of each link id
 * @param diagnoses the content of each diagnosis id
 * @param needs the kinds and logs the playbook reads, so that a snapshot without them can say
 *     which playbooks it kept from being checked
 */
public record PlaybookContent(Map<String, String> links, Map<String, DiagnosisContent> diagnoses, Needs needs) {

    /** Missing sections are empty. */
    public PlaybookContent {
        links = links == null ? Map.of() : Map.copyOf(links);
        diagnoses = diagnoses == null ? Map.of() : Map.copyOf(diagnoses);
        needs = needs == null ? new Needs(null, null, null) : needs;
    }

    /** Content with no words and no needs: what a playbook whose content file is missing or invalid gets. */
    public static PlaybookContent empty() {
        return new PlaybookContent(null, null, null);
    }

    /**
     * What a playbook reads from a snapshot.
     *
     * @param kinds the Kubernetes kinds without which it cannot conclude at all
     * @param reads the kinds it reads when they are there; without them it checks only in part
     * @param logs the log components it reads when their logs are there ({@code csi-provisioner},
     *     {@code kube-controller-manager}, ...); without them it checks only in part
     */
    public record Needs(List<String> kinds, List<String> reads, List<String> logs) {

        /** Missing lists are empty. */
        public Needs {
            kinds = kinds == null ? List.of() : List.copyOf(kinds);
            reads = reads == null ? List.of() : List.copyOf(reads);
            logs = logs == null ? List.of() : List.copyOf(logs);
        }
    }

    /**
     * The content of one diagnosis.
     *
     * @param title one line, naming the real objects
     * @param severity the harm the diagnosis does when nothing makes it worse
     * @param summary one paragraph in plain words
     * @param rootCause what is wrong with the root cause object
     * @param values the values a candidate for this diagnosis carries (its own and its chain's),
     *     each with what it means, in file order: its texts and steps may name only these
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
            Map<String, String> values,
            List<StepContent> remediation,
            List<String> verification,
            List<String> prevention,
            List<String> references,
            String explain) {

        /** Missing lists are empty; title, severity, summary and root cause are required (see {@link #missingFields()}). */
        public DiagnosisContent {
            values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
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

        /** Missing lists are empty; title, risk and why are required (see {@link DiagnosisContent#missingFields()}). */
        public StepContent {
            checks = checks == null ? List.of() : List.copyOf(checks);
            commands = commands == null ? List.of() : List.copyOf(commands);
        }
    }

    /**
     * The required fields this content leaves out, each as {@code diagnoses.<id>.<field>} or
     * {@code diagnoses.<id>.remediation[<n>].<field>} ({@code n} from 1), by id. Checked
     * after reading rather than while, so that an unknown (misspelt) field is reported as such.
     */
    public List<String> missingFields() {
        List<String> missing = new java.util.ArrayList<>();
        new java.util.TreeMap<>(diagnoses).forEach((id, d) -> {
            String at = "diagnoses." + id + ".";
            require(d.title(), at + "title", missing);
            require(d.severity(), at + "severity", missing);
            require(d.summary(), at + "summary", missing);
            require(d.rootCause(), at + "rootCause", missing);
            d.values().forEach((name, meaning) -> require(meaning, at + "values." + name, missing));
            for (int i = 0; i < d.remediation().size(); i++) {
                StepContent step = d.remediation().get(i);
                String stepAt = at + "remediation[" + (i + 1) + "].";
                require(step.title(), stepAt + "title", missing);
                require(step.risk(), stepAt + "risk", missing);
                require(step.why(), stepAt + "why", missing);
            }
        });
        return missing;
    }

    private static void require(Object value, String field, List<String> missing) {
        if (value == null) {
            missing.add(field);
        }
    }
}
