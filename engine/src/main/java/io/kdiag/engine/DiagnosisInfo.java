package io.kdiag.engine;

import io.kdiag.engine.report.Severity;
import java.util.List;

/**
 * What a diagnosis id means, as {@code kdiag explain} shows it: the playbook's content with its
 * placeholders ({@code {node}}) still in place.
 *
 * @param id the diagnosis id
 * @param playbook the playbook that concludes it
 * @param origin {@code builtin}, or the folder the playbook was loaded from
 * @param severity its severity when nothing makes it worse
 * @param title its title template
 * @param summary its summary template
 * @param explain the longer description, or {@code ""}
 * @param steps its remediation steps, each as {@code title [risk]}
 * @param prevention how to keep it from happening again
 * @param references further reading
 */
public record DiagnosisInfo(String id, String playbook, String origin, Severity severity, String title,
        String summary, String explain, List<String> steps, List<String> prevention, List<String> references) {

    /** Copies the lists. */
    public DiagnosisInfo {
        steps = List.copyOf(steps);
        prevention = List.copyOf(prevention);
        references = List.copyOf(references);
    }
}
