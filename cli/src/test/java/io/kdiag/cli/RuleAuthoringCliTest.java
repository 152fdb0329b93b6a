package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: {@code --rules}, {@code --no-builtin-rules} and the {@code rules} commands of a rule author. */
class RuleAuthoringCliTest {

    private static final String EXAMPLE_RULES = CliRun.ROOT.resolve("examples/rules").toString();
    private static final String CASE = CliRun.ROOT
            .resolve("examples/rules/stateful-data-reclaim-delete/cases/statefulset-on-delete-volume/cluster.yaml").toString();
    private static final String VOLUME = "pvc-6c1f0e2d-3b4a-4c5d-9e8f-7a6b5c4d3e2f";

    @TempDir
    Path dir;

    @Test
    void analyzeWithAUserRulesFolderDiagnosesWithTheUserPlaybook() {
        CliRun run = CliRun.of("analyze", CASE, "--rules", EXAMPLE_RULES, "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode top = run.diagnoses().get(0);
        assertThat(top.path("id").asText()).isEqualTo("stateful-data-reclaim-delete");
        assertThat(top.path("rootCause").path("name").asText()).isEqualTo(VOLUME);
        assertThat(CliRun.commands(top)).contains("kubectl patch pv " + VOLUME
                + " -p '{\"spec\":{\"persistentVolumeReclaimPolicy\":\"Retain\"}}'");
    }

    @Test
    void withoutTheUserFolderThePlaybookIsNotLoaded() {
        assertThat(CliRun.of("analyze", CASE, "--format", "json").ids()).isEmpty();
    }

    @Test
    void noBuiltinRulesRunsOnlyTheUserPlaybooks() {
        CliRun run = CliRun.of("analyze", CliRun.fixture("stale-volumeattachment"), "--no-builtin-rules",
                "--rules", EXAMPLE_RULES, "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.ids()).isNotEmpty().containsOnly("stateful-data-reclaim-delete");
        assertThat(CliRun.of("rules", "list", "--no-builtin-rules", "--rules", EXAMPLE_RULES).out())
                .isEqualTo("stateful-data-reclaim-delete  [" + EXAMPLE_RULES + "]  3 rules\n"
                        + "    stateful-data-reclaim-delete: StatefulSet {namespace}/{statefulSet} keeps its data on "
                        + "{volume}, which is deleted with its claim\n");
    }

    @Test
    void noBuiltinRulesAndNoFolderIsARuleError() {
        CliRun run = CliRun.of("analyze", CliRun.fixture("stale-volumeattachment"), "--no-builtin-rules");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULES);
        assertThat(run.err()).startsWith("<rules>:0:0: no playbooks to run");
    }

    @Test
    void validateAcceptsTheExampleWithASummary() {
        CliRun run = CliRun.of("rules", "validate", EXAMPLE_RULES);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("ok: 1 playbook(s), 3 rule(s), 1 diagnosis id(s) in " + EXAMPLE_RULES
                + "; no errors\n");
    }

    @Test
    void validatePrintsEveryErrorAsFileLineColumnAndExits3() throws IOException {
        Path playbook = CliRun.ROOT.resolve("examples/rules/stateful-data-reclaim-delete/stateful-data-reclaim-delete");
        Files.writeString(dir.resolve("broken.drl"), Files.readString(Path.of(playbook + ".drl"))
                .replace("reclaimPolicy == \"Delete\")", "reclaimPolicie == \"Delete\")"));
        Files.writeString(dir.resolve("broken.yaml"), Files.readString(Path.of(playbook + ".yaml"))
                .replace("risk: safe", "risk: harmless"));

        CliRun run = CliRun.of("rules", "validate", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULES);
        assertThat(run.err().lines().toList()).containsExactly(
                dir.resolve("broken.drl") + ":46:59: Unable to Analyse Expression reclaimPolicie == \"Delete\": [Error: "
                        + "unable to resolve method using strict-mode: io.kdiag.facts.PersistentVolume.reclaimPolicie()]",
                dir.resolve("broken.yaml") + ":33:15: invalid content: unknown risk 'harmless' (read-only, safe, "
                        + "disruptive, data-loss)",
                "kdiag: 2 rule error(s)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void validatePlacesAMisspeltPlaceholderAtItsLineAndColumn() throws IOException {
        Path playbook = CliRun.ROOT.resolve("examples/rules/stateful-data-reclaim-delete/stateful-data-reclaim-delete");
        Files.copy(Path.of(playbook + ".drl"), dir.resolve("typo.drl"));
        Files.writeString(dir.resolve("typo.yaml"), Files.readString(Path.of(playbook + ".yaml"))
                .replace("rootCause: \"PersistentVolume {volume}", "rootCause: \"PersistentVolume {volme}"));

        CliRun run = CliRun.of("rules", "validate", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULES);
        assertThat(run.err().lines().toList()).containsExactly(dir.resolve("typo.yaml") + ":25:34: placeholder {volme}"
                + " names a value diagnosis 'stateful-data-reclaim-delete' does not declare under values:",
                "kdiag: 1 rule error(s)");
    }

    @Test
    void aMisspeltDiagnosisIdFailsEveryCaseThatConcludesItNamingTheRulesLine() throws IOException {
        Path example = CliRun.ROOT.resolve("examples/rules/stateful-data-reclaim-delete");
        Files.writeString(dir.resolve("typo.drl"), Files.readString(example.resolve("stateful-data-reclaim-delete.drl"))
                .replace("Candidate.of(\"stateful-data-reclaim-delete\"", "Candidate.of(\"stateful-data-reclaim-delet\""));
        Files.copy(example.resolve("stateful-data-reclaim-delete.yaml"), dir.resolve("typo.yaml"));
        Path failing = Files.createDirectories(dir.resolve("cases/on-delete"));
        Files.copy(Path.of(CASE), failing.resolve("cluster.yaml"));
        Files.writeString(failing.resolve("expect.yaml"), "absent: [stateful-data-reclaim-delete]\n");

        CliRun run = CliRun.of("rules", "test", dir.toString(), "--no-builtin-rules");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED_ON);
        assertThat(run.out()).isEqualTo("FAIL cases/on-delete\n    rules warning: " + dir.resolve("typo.drl")
                + ":58:32: rule \"A StatefulSet's data would be deleted with its claim\" concludes"
                + " stateful-data-reclaim-delet: it has no content: add it under diagnoses: in a content file\n"
                + "1 case: 0 passed, 1 failed\n");
    }

    @Test
    void testRunsTheCasesWithALinePerCaseAndASummary() {
        CliRun run = CliRun.of("rules", "test", EXAMPLE_RULES);

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).isEqualTo("""
                PASS stateful-data-reclaim-delete/cases/retained-or-not-stateful
                PASS stateful-data-reclaim-delete/cases/statefulset-on-delete-volume
                2 cases: 2 passed, 0 failed
                """);
    }

    @Test
    void aFailingCaseExits1AndSaysWhy() throws IOException {
        Path failing = Files.createDirectories(dir.resolve("cases/wrong-top"));
        Files.copy(Path.of(CASE), failing.resolve("cluster.yaml"));
        Files.writeString(failing.resolve("expect.yaml"), "top: stale-volumeattachment\n");

        CliRun run = CliRun.of("rules", "test", dir.toString(), "--rules", EXAMPLE_RULES);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED_ON);
        assertThat(run.out()).isEqualTo("""
                FAIL cases/wrong-top
                    top: expected stale-volumeattachment, got stateful-data-reclaim-delete (ranked: stateful-data-reclaim-delete)
                1 case: 0 passed, 1 failed
                """);
    }

    @Test
    void aPlaybookThatFailsWhileRunningIsAnInternalErrorNotAnInputError() throws IOException {
        Files.writeString(dir.resolve("pod-ports.drl"), """
                package com.example.ports;

                import io.kdiag.facts.Pod;

                rule "A pod's name ends in its port"
                when
                    $pod : Pod()
                then
                    int port = Integer.parseInt($pod.name().substring($pod.name().lastIndexOf('-') + 1));
                end
                """);
        Files.writeString(dir.resolve("pod-ports.yaml"), "links: {}\ndiagnoses: {}\n");
        CliRun run = CliRun.of("analyze", CliRun.fixture("stale-volumeattachment"), "--rules", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList()).singleElement().asString()
                .startsWith("kdiag: internal error: ")
                .contains("rule \"A pod's name ends in its port\"").contains("NumberFormatException")
                .endsWith("(run with --debug for details)");
        CliRun debug = CliRun.of("analyze", CliRun.fixture("stale-volumeattachment"), "--rules", dir.toString(), "--debug");
        assertThat(debug.exitCode()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(debug.err()).contains("\tat ").contains("Caused by: java.lang.NumberFormatException");
    }

    @Test
    void helpSaysThatOnlyNamedFoldersAreLoaded() {
        assertThat(CliRun.of("analyze", "--help").out().replaceAll("\\s+", " "))
                .contains("only folders named here are loaded, never a default location");
    }
}
