package io.kdiag.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads the remediation plan of a diagnosis in a JSON report, for assertions. */
final class Plans {

    private Plans() {
    }

    /** The plan's steps, in order. */
    static List<JsonNode> steps(JsonNode diagnosis) {
        List<JsonNode> steps = new ArrayList<>();
        diagnosis.path("remediation").forEach(steps::add);
        return steps;
    }

    /** The risk of each step, in order. */
    static List<String> risks(JsonNode diagnosis) {
        return steps(diagnosis).stream().map(s -> s.path("risk").asText()).toList();
    }

    /** The commands of one step, in order. */
    static List<String> commands(JsonNode step) {
        List<String> commands = new ArrayList<>();
        step.path("commands").forEach(c -> commands.add(c.asText()));
        return commands;
    }

    /** The checks of a step, joined, for text assertions. */
    static String checks(JsonNode step) {
        List<String> checks = new ArrayList<>();
        step.path("checks").forEach(c -> checks.add(c.asText()));
        return String.join("\n", checks);
    }

    /** Whether any command of the diagnosis still shows a placeholder. */
    static boolean anyPlaceholder(JsonNode diagnosis) {
        return CliRun.commands(diagnosis).stream().anyMatch(c -> c.matches(".*[<{][A-Za-z-]+[>}].*"));
    }
}
