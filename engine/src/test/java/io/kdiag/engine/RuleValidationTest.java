package io.kdiag.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import io.kdiag.engine.report.Report;
import io.kdiag.engine.report.SnapshotSummary;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link Kdiag.Builder#build()} reports about broken playbooks: every error, with its file, line and column. */
class RuleValidationTest {

    private static final String CONTENT = """
            links:
              pod-seen: "Pod {pod} was seen."
            diagnoses:
              pod-seen:
                values:
                  pod: the pod that was seen
                title: "Pod {pod}"
                severity: info
                summary: "Pod {pod} exists."
                rootCause: "Pod {pod}."
                remediation:
                  - title: "Look at it"
                    risk: read-only
                    commands: ["kubectl get pod {pod}"]
                    why: "To see it."
            """;

    private static final String DRL_HEAD = """
            package com.example.checks;

            import io.kdiag.facts.Pod;
            import io.kdiag.facts.chain.Candidate;
            import io.kdiag.facts.chain.Link;

            """;

    private static final String GOOD_RULE = """
            rule "A pod is seen"
            when
                $pod : Pod(phase == "Running")
            then
                insertLogical(Candidate.of("pod-seen", $pod).affected($pod)
                    .chain(Link.of("pod-seen").with("pod", $pod.name()))
                    .with("pod", $pod.name()).certainty(0.5, "seen"));
            end
            """;

    @TempDir
    Path dir;

    @Test
    void aValidFolderBuildsAndListsItsRules() throws Exception {
        write("seen.drl", DRL_HEAD + GOOD_RULE);
        write("seen.yaml", CONTENT);

        Kdiag kdiag = Kdiag.builder().builtinRules(false).addRuleFolder(dir).build();

        assertThat(kdiag.playbooks()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("seen");
            assertThat(p.origin()).isEqualTo(dir.toString());
            assertThat(p.rules()).containsExactly("A pod is seen");
            assertThat(p.diagnoses()).containsEntry("pod-seen", "Pod {pod}");
        });
    }

    @Test
    void aParseErrorNamesItsLineAndTheColumnDroolsOnlyPutsInTheMessage() throws Exception {
        // line 9, the third '&' is at column 37
        write("seen.drl", DRL_HEAD + """
                rule "broken"
                when
                    $pod : Pod(phase == "Running" &&& )
                then
                end
                """);
        write("seen.yaml", CONTENT.replace("pod-seen:\n    title", "unused:\n    title"));

        List<RuleError> errors = errors();

        assertThat(errors).extracting(RuleError::toString)
                .containsExactly(dir.resolve("seen.drl") + ":9:37: [ERR 101] Line 9:36 no viable alternative at input '&' in rule \"broken\"");
    }

    @Test
    void anUnknownFieldIsPlacedAtItsExpression() throws Exception {
        write("seen.drl", DRL_HEAD + GOOD_RULE.replace("phase == \"Running\"", "phaze == \"Running\""));
        write("seen.yaml", CONTENT);

        RuleError error = errors().get(0);

        assertThat(error.line()).isEqualTo(9);
        assertThat(error.column()).isEqualTo(16);
        assertThat(error.message()).startsWith("Unable to Analyse Expression phaze == \"Running\"")
                .contains("io.kdiag.facts.Pod.phaze()").doesNotContain("\n");
    }

    @Test
    void anUndefinedMethodInAConsequenceIsPlacedOnItsLineNotTheRuleLine() throws Exception {
        write("seen.drl", DRL_HEAD + GOOD_RULE.replace("$pod.name()).certainty", "$pod.nam()).certainty"));
        write("seen.yaml", CONTENT);

        RuleError error = errors().get(0);

        assertThat(error.line()).isEqualTo(13);
        assertThat(error.column()).isEqualTo(27);
        assertThat(error.message()).contains("The method nam() is undefined for the type Pod");
    }

    @Test
    void aParseErrorInAUserFileDoesNotBlameTheBundledPlaybooks() throws Exception {
        write("seen.drl", DRL_HEAD + "rule \"broken\"\nwhen\n    $pod : Pod(\nthen\nend\n");
        write("seen.yaml", CONTENT);

        RuleCompilationException e = catchThrowableOfType(RuleCompilationException.class,
                () -> Kdiag.builder().addRuleFolder(dir).build());

        assertThat(e.errors()).isNotEmpty().allSatisfy(error -> assertThat(error.file()).endsWith("seen.drl"));
    }

    @Test
    void contentErrorsAndDrlErrorsComeTogetherInOneRun() throws Exception {
        write("seen.drl", DRL_HEAD + GOOD_RULE.replace("phase ==", "phaze =="));
        write("seen.yaml", CONTENT.replace("risk: read-only", "risk: harmless"));

        assertThat(errors()).extracting(RuleError::file)
                .containsExactly(dir.resolve("seen.drl").toString(), dir.resolve("seen.yaml").toString());
    }

    @Test
    void anUnknownRiskIsNamedWithTheRisksThatExist() throws Exception {
        write("seen.drl", DRL_HEAD + GOOD_RULE);
        write("seen.yaml", CONTENT.replace("risk: read-only", "risk: harmless"));

        RuleError error = errors().get(0);

        assertThat(error.file()).endsWith("seen.yaml");
        assertThat(error.line()).isEqualTo(13);
        assertThat(error.message()).isEqualTo(
                "invalid content: unknown risk 'harmless' (read-only, safe, disruptive, data-loss)");
    }

    @Test
    void anUnknownSeverityAndAnUnknownFieldAreContentErrors() throws Exception {
        write("a.drl", DRL_HEAD + GOOD_RULE);
        write("a.yaml", CONTENT.replace("severity: info", "severity: urgent"));
        write("b.drl", DRL_HEAD.replace("checks", "checks2") + GOOD_RULE.replace("pod-seen", "pod-seen-b"));
        write("b.yaml", CONTENT.replace("pod-seen", "pod-seen-b").replace("    summary:", "    sumary:"));

        assertThat(errors()).extracting(RuleError::toString).contains(
                dir.resolve("a.yaml") + ":8:15: invalid content: unknown severity 'urgent' (critical, high, medium, low, info)",
                dir.resolve("b.yaml") + ":9:5: invalid content: unknown field 'sumary' (known: explain, prevention, "
                        + "references, remediation, rootCause, severity, summary, title, values, verification)");
    }

    @Test
    void invalidYamlNamesItsLineAndColumn() throws Exception {
        write("seen.drl", DRL_HEAD + GOOD_RULE);
        write("seen.yaml", "links:\n  pod-seen: [unclosed\ndiagnoses: {}\n");

        RuleError error = errors().stream().filter(e -> e.file().endsWith(".yaml")).findFirst().orElseThrow();

        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).isGreaterThan(0);
        assertThat(error.message()).startsWith("invalid content: ");
    }

    @Test
    void aPlaceholderItsDiagnosisDoesNotDeclareIsAnErrorAtItsPlaceInTheContentFile() throws Exception {
        write("seen.drl", DRL_HEAD + GOOD_RULE);
        write("seen.yaml", CONTENT.replace("commands: [\"kubectl get pod {pod}\"]",
                "commands: [\"kubectl get pod -n {namespace} {pod}\"]").replace(
                "risk: read-only", "risk: read-only\n        when: runing"));

        assertThat(errors()).extracting(RuleError::toString).containsExactly(
                dir.resolve("seen.yaml") + ":14:9: when: runing names a value diagnosis 'pod-seen' does not declare"
                        + " under values:",
                dir.resolve("seen.yaml") + ":15:40: placeholder {namespace} names a value diagnosis 'pod-seen' does not"
                        + " declare under values:");
    }

    @Test
    void aLinkPlaceholderNoDiagnosisDeclaresIsAnErrorAtItsPlace() throws Exception {
        write("seen.drl", DRL_HEAD + GOOD_RULE);
        write("seen.yaml", CONTENT.replace("\"Pod {pod} was seen.\"", "\"Pod {pdo} was seen.\""));

        assertThat(errors()).extracting(RuleError::toString).containsExactly(dir.resolve("seen.yaml")
                + ":2:18: placeholder {pdo} of link 'pod-seen' names a value no diagnosis declares under values:");
    }

    @Test
    void aValueWithoutItsMeaningIsAMissingField() throws Exception {
        write("seen.drl", DRL_HEAD + GOOD_RULE);
        write("seen.yaml", CONTENT.replace("pod: the pod that was seen", "pod:"));

        assertThat(errors()).extracting(RuleError::message).containsExactly(
                "invalid content: missing required field diagnoses.pod-seen.values.pod");
    }

    @Test
    void aConcludedDiagnosisWithoutContentIsAWarningAtTheRulesLiteralWhenItRuns() throws Exception {
        write("seen.drl", DRL_HEAD + GOOD_RULE.replace("Candidate.of(\"pod-seen\"", "Candidate.of(\"pod-sen\""));
        write("seen.yaml", CONTENT);

        assertThat(ruleWarnings()).containsExactly(dir.resolve("seen.drl") + ":11:32: rule \"A pod is seen\" concludes"
                + " pod-sen: it has no content: add it under diagnoses: in a content file");
    }

    @Test
    void aValueTheDiagnosisDoesNotDeclareIsAWarningAtTheRuleThatSetsIt() throws Exception {
        write("seen.drl", DRL_HEAD + GOOD_RULE.replace(".with(\"pod\", $pod.name()).certainty",
                ".with(\"pod\", $pod.name()).with(\"phase\", $pod.phase()).certainty"));
        write("seen.yaml", CONTENT);

        assertThat(ruleWarnings()).containsExactly(dir.resolve("seen.drl") + ":13:40: rule \"A pod is seen\" concludes"
                + " pod-seen: value 'phase' is not declared: add it under values: of pod-seen in " + dir.resolve("seen.yaml"));
    }

    @Test
    void aDeclaredValueTheRuleDoesNotSetIsAWarningNamingTheRule() throws Exception {
        write("seen.drl", DRL_HEAD + GOOD_RULE);
        write("seen.yaml", CONTENT.replace("pod: the pod that was seen", "pod: the pod that was seen\n      node: its node")
                .replace("title: \"Pod {pod}\"", "title: \"Pod {pod} on {node}\""));

        assertThat(ruleWarnings()).containsExactly(dir.resolve("seen.drl") + ":11:32: rule \"A pod is seen\" concludes"
                + " pod-seen: no value for {node} in: Pod {pod} on {node}");
    }

    @Test
    void aMissingContentFileAndAMissingFolderAreErrors() throws Exception {
        write("seen.drl", DRL_HEAD + GOOD_RULE);

        RuleCompilationException e = catchThrowableOfType(RuleCompilationException.class,
                () -> Kdiag.builder().builtinRules(false).addRuleFolder(dir).addRuleFolder(dir.resolve("nope")).build());

        assertThat(e.errors()).extracting(RuleError::message)
                .contains("missing content file for playbook seen", "not a folder");
    }

    @Test
    void withoutBundledRulesAndWithoutFoldersThereIsNothingToRun() {
        RuleCompilationException e = catchThrowableOfType(RuleCompilationException.class,
                () -> Kdiag.builder().builtinRules(false).build());

        assertThat(e.errors()).extracting(RuleError::message).singleElement().asString().startsWith("no playbooks to run");
    }

    /** The rules warnings of an analysis of one running pod with the folder's playbooks alone. */
    private List<String> ruleWarnings() throws Exception {
        Path pod = Files.createDirectories(dir.resolve("snapshot")).resolve("pod.yaml");
        Files.writeString(pod, """
                apiVersion: v1
                kind: Pod
                metadata: {name: web-0, namespace: shop}
                status: {phase: Running}
                """);
        Report report = Kdiag.builder().builtinRules(false).addRuleFolder(dir).build().analyze(List.of(pod));
        return report.snapshot().warnings().stream().filter(w -> w.source().equals("rules"))
                .map(SnapshotSummary.Warning::message).toList();
    }

    private List<RuleError> errors() {
        return catchThrowableOfType(RuleCompilationException.class,
                () -> Kdiag.builder().builtinRules(false).addRuleFolder(dir).build()).errors();
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }
}
