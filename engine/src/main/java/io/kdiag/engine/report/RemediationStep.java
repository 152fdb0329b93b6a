package io.kdiag.engine.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One step of a remediation plan.
 *
 * @param step its position, from 1
 * @param title what the step does
 * @param risk what running it risks
 * @param checks what to make sure of before running it
 * @param commands the concrete commands, on the real object names
 * @param why why the step helps
 */
@JsonPropertyOrder({"step", "title", "risk", "checks", "commands", "why"})
public record RemediationStep(int step, String title, Risk risk, List<String> checks, List<String> commands,
        String why) {

    /** Copies the lists. */
    public RemediationStep {
        checks = List.copyOf(checks);
        commands = List.copyOf(commands);
    }
}
