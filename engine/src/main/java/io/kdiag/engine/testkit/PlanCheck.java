package io.kdiag.engine.testkit;

import io.kdiag.engine.report.ChainLink;
import io.kdiag.engine.report.Diagnosis;
import io.kdiag.engine.report.RemediationStep;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks the chain and the plan of a case's top diagnosis: the link ids in order, the risk of
 * each step, the steps that must come in order with their commands and checks, and the commands
 * that must not appear.
 */
final class PlanCheck {

    private PlanCheck() {
    }

    /** Adds a failure for every expectation on the chain and the plan that the diagnosis does not meet. */
    static void check(Expectation expect, Diagnosis top, List<String> failures) {
        if (expect.chain() != null) {
            List<String> chain = top.chain().stream().map(ChainLink::id).toList();
            if (!chain.equals(expect.chain())) {
                failures.add("chain: expected " + expect.chain() + ", got " + chain);
            }
        }
        List<RemediationStep> steps = top.remediation();
        if (expect.risks() != null) {
            List<String> risks = steps.stream().map(s -> s.risk().label()).toList();
            if (!risks.equals(expect.risks())) {
                failures.add("risks: expected " + expect.risks() + ", got " + risks);
            }
        }
        for (String text : expect.commandsAbsent()) {
            steps.stream().flatMap(s -> s.commands().stream()).filter(c -> c.contains(text)).findFirst().ifPresent(c ->
                    failures.add("commandsAbsent: a command of " + top.id() + "'s plan contains " + text + ": " + c));
        }
        int next = 0;
        for (StepExpectation expected : expect.plan()) {
            int found = next;
            while (found < steps.size() && !matches(expected, steps.get(found))) {
                found++;
            }
            if (found == steps.size()) {
                failures.add("plan: no step " + expected.label() + " matches after step " + next + " of " + top.id()
                        + " (steps: " + titles(steps) + ")" + why(expected, steps.subList(next, steps.size())));
            } else {
                next = found + 1;
            }
        }
    }

    private static boolean matches(StepExpectation expected, RemediationStep step) {
        return (expected.title() == null || step.title().contains(expected.title()))
                && (expected.risk() == null || step.risk().label().equals(expected.risk()))
                && inOrder(expected.commands(), step.commands())
                && (expected.commandsExactly() == null || expected.commandsExactly().equals(step.commands()))
                && expected.checksMention().stream().allMatch(t -> step.checks().stream().anyMatch(c -> c.contains(t)))
                && expected.whyMention().stream().allMatch(t -> step.why().contains(t));
    }

    /** Whether {@code all} holds every one of {@code wanted} in the same order, others between. */
    private static boolean inOrder(List<String> wanted, List<String> all) {
        int next = 0;
        for (String command : wanted) {
            next = all.subList(next, all.size()).indexOf(command) + next + 1;
            if (next == 0) {
                return false;
            }
        }
        return true;
    }

    /** When a later step has the expected title but differs, what differs. */
    private static String why(StepExpectation expected, List<RemediationStep> rest) {
        if (expected.title() == null) {
            return "";
        }
        return rest.stream().filter(s -> s.title().contains(expected.title())).findFirst().map(s -> {
            StringBuilder out = new StringBuilder();
            if (expected.risk() != null && !s.risk().label().equals(expected.risk())) {
                out.append("; step ").append(s.step()).append(" is ").append(s.risk().label());
            }
            expected.commands().stream().filter(c -> !s.commands().contains(c)).forEach(c ->
                    out.append("; step ").append(s.step()).append(" lacks the command ").append(c));
            if (s.commands().containsAll(expected.commands()) && !inOrder(expected.commands(), s.commands())) {
                out.append("; step ").append(s.step()).append(" holds the commands in another order");
            }
            if (expected.commandsExactly() != null && !expected.commandsExactly().equals(s.commands())) {
                out.append("; step ").append(s.step()).append(" has the commands ").append(s.commands());
            }
            expected.checksMention().stream().filter(t -> s.checks().stream().noneMatch(c -> c.contains(t))).forEach(t ->
                    out.append("; no check of step ").append(s.step()).append(" mentions ").append(t));
            expected.whyMention().stream().filter(t -> !s.why().contains(t)).forEach(t ->
                    out.append("; the why of step ").append(s.step()).append(" does not say ").append(t));
            return out.toString();
        }).orElse("");
    }

    private static String titles(List<RemediationStep> steps) {
        return steps.stream().map(s -> s.step() + ". " + s.title() + " [" + s.risk().label() + "]")
                .collect(Collectors.joining("; "));
    }
}
