package io.kdiag.engine.testkit;

import java.util.List;

/**
 * One step a case's plan must hold ({@code plan:} in {@code expect.yaml}). Every field is
 * optional; a step of the plan matches when it meets all that are given.
 *
 * @param title text the step's title contains
 * @param risk the step's risk: {@code read-only}, {@code safe}, {@code disruptive} or {@code data-loss}
 * @param commands commands the step must hold, each exactly as the report shows it, in this order
 *     (others may come between them)
 * @param commandsExactly every command of the step, exactly as the report shows it and in order
 * @param checksMention texts that must each appear in one of the step's checks
 * @param whyMention texts the step's {@code why} must each contain
 */
record StepExpectation(String title, String risk, List<String> commands, List<String> commandsExactly,
        List<String> checksMention, List<String> whyMention) {

    /** Missing lists are empty. */
    StepExpectation {
        commands = commands == null ? List.of() : List.copyOf(commands);
        commandsExactly = commandsExactly == null ? null : List.copyOf(commandsExactly);
        checksMention = checksMention == null ? List.of() : List.copyOf(checksMention);
        whyMention = whyMention == null ? List.of() : List.copyOf(whyMention);
    }

    /** How the step is named in a failure: its title text, else its risk, else its first command. */
    String label() {
        if (title != null) {
            return "\"" + title + "\"";
        }
        List<String> named = commandsExactly == null ? commands : commandsExactly;
        return risk != null ? "a " + risk + " step" : "a step with " + named.stream().findFirst().orElse("any command");
    }
}
