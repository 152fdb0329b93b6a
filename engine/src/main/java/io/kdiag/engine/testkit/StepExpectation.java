package io.kdiag.engine.testkit;

import io.kdiag.engine.report.RemediationStep;
import java.util.List;

/**
 * One entry of a case's {@code steps:}: what a step of the top diagnosis' plan must show. The
 * entries match plan steps in order (each after the step the entry before it matched), so a
 * case states the order of the steps it names without naming every step.
 *
 * @param risk the step's risk label ({@code read-only}, {@code safe}, {@code disruptive},
 *     {@code data-loss}), or {@code null} for any
 * @param commandsMention texts that must each appear in at least one of the step's commands
 * @param checksMention texts that must each appear in at least one of the step's checks
 */
record StepExpectation(String risk, List<String> commandsMention, List<String> checksMention) {

    /** Missing lists are empty. */
    StepExpectation {
        commandsMention = commandsMention == null ? List.of() : List.copyOf(commandsMention);
        checksMention = checksMention == null ? List.of() : List.copyOf(checksMention);
    }

    /** Whether a plan step shows everything this entry asks for. */
    boolean matches(RemediationStep step) {
        return (risk == null || risk.equals(step.risk().label()))
                && commandsMention.stream().allMatch(text -> step.commands().stream().anyMatch(c -> c.contains(text)))
                && checksMention.stream().allMatch(text -> step.checks().stream().anyMatch(c -> c.contains(text)));
    }

    /** The entry as a case author wrote it, for failure messages. */
    String describe() {
        return (risk == null ? "any risk" : risk)
                + (commandsMention.isEmpty() ? "" : ", commands naming " + String.join(" and ", commandsMention))
                + (checksMention.isEmpty() ? "" : ", checks naming " + String.join(" and ", checksMention));
    }
}
