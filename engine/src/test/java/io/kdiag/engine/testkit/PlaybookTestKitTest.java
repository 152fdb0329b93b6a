package io.kdiag.engine.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kdiag.engine.Kdiag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test kit on the example user playbook: passing cases, failing cases and their messages. */
class PlaybookTestKitTest {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path EXAMPLE = ROOT.resolve("examples/rules/pvc-stuck-terminating");
    static final Path RUNNING_CASE = EXAMPLE.resolve("cases/running-pod-still-uses-claim");

    private static PlaybookTestKit kit;

    @TempDir
    Path dir;

    @BeforeAll
    static void compile() throws Exception {
        kit = PlaybookTestKit.of(Kdiag.builder().addRuleFolder(ROOT.resolve("examples/rules")).build());
    }

    @Test
    void theExampleCasesPassAndAreNamedByTheirFolders() throws IOException {
        TestKitReport report = kit.run(EXAMPLE);

        assertThat(report.cases()).extracting(CaseResult::toString).containsExactly(
                "PASS cases/claims-in-use-not-stuck",
                "PASS cases/finished-job-pod-holds-claim",
                "PASS cases/running-pod-still-uses-claim");
        assertThat(report.summary()).isEqualTo("3 cases: 3 passed, 0 failed");
        report.assertPassed();
    }

    @Test
    void aFailingCaseSaysWhatDidNotHoldAndWhatWasFound() throws IOException {
        Path failing = caseWith("""
                top: stale-volumeattachment
                present: [node-down-volume-attached]
                absent: [pvc-stuck-terminating]
                """);

        CaseResult result = kit.runCase(failing);

        assertThat(result.passed()).isFalse();
        assertThat(result.failures()).containsExactly(
                "top: expected stale-volumeattachment, got pvc-stuck-terminating (ranked: pvc-stuck-terminating)",
                "present: node-down-volume-attached is not in the report (ranked: pvc-stuck-terminating)",
                "absent: pvc-stuck-terminating is in the report at rank 1");
    }

    @Test
    void checksOnTheTopDiagnosisNameTheExpectedAndTheActualValues() throws IOException {
        Path failing = caseWith("""
                top: pvc-stuck-terminating
                rootCause: PersistentVolumeClaim monitoring/prometheus-db
                affected: [Pod monitoring/prometheus-0]
                commandsMention: [prometheus-0]
                minConfidence: 0.95
                severity: high
                """);

        assertThat(kit.runCase(failing).failures()).containsExactly(
                "rootCause: expected PersistentVolumeClaim monitoring/prometheus-db, got PersistentVolumeClaim "
                        + "monitoring/grafana-storage",
                "affected: Pod monitoring/prometheus-0 is not affected by pvc-stuck-terminating (affected: "
                        + "PersistentVolumeClaim monitoring/grafana-storage; Pod monitoring/grafana-7d4b9c6f5-q8z2m; "
                        + "Deployment monitoring/grafana)",
                "commandsMention: no command of pvc-stuck-terminating's plan names prometheus-0 (commands: "
                        + "kubectl describe pvc -n monitoring grafana-storage; "
                        + "kubectl get pod -n monitoring grafana-7d4b9c6f5-q8z2m -o wide; "
                        + "kubectl patch pv pvc-3e01e50a-4678-2ca4-2968-73efb611ef84 -p "
                        + "'{\"spec\":{\"persistentVolumeReclaimPolicy\":\"Retain\"}}'; "
                        + "kubectl delete pod -n monitoring grafana-7d4b9c6f5-q8z2m)",
                "minConfidence: pvc-stuck-terminating has confidence 0.90, expected at least 0.95",
                "severity: expected high, got medium");
    }

    @Test
    void theChainAndThePlanAreCheckedStepByStepInOrder() throws IOException {
        Path passing = caseWith("""
                top: pvc-stuck-terminating
                diagnoses: [pvc-stuck-terminating PersistentVolumeClaim monitoring/grafana-storage]
                chain: [claim-terminating, claim-referenced-by-pod]
                risks: [read-only, safe, data-loss]
                commandsAbsent: [delete pvc]
                plan:
                  - title: See which pods
                    commands: ["kubectl get pod -n monitoring grafana-7d4b9c6f5-q8z2m -o wide"]
                  - risk: data-loss
                    commands: ["kubectl delete pod -n monitoring grafana-7d4b9c6f5-q8z2m"]
                """);
        assertThat(kit.runCase(passing).failures()).isEmpty();
    }

    @Test
    void aChainOrPlanThatDiffersNamesWhatWasExpectedAndWhatWasFound() throws IOException {
        Path failing = caseWith("""
                top: pvc-stuck-terminating
                diagnoses: [pvc-stuck-terminating PersistentVolumeClaim monitoring/prometheus-db]
                chain: [claim-referenced-by-pod, claim-terminating]
                risks: [read-only, data-loss]
                commandsAbsent: [delete pod]
                plan:
                  - risk: data-loss
                  - title: Keep the data
                    risk: read-only
                    commands: ["kubectl patch pv pvc-3e01e50a-4678-2ca4-2968-73efb611ef84 --type merge"]
                    checksMention: [backup]
                """);
        assertThat(kit.runCase(failing).failures()).containsExactly(
                "diagnoses: pvc-stuck-terminating PersistentVolumeClaim monitoring/prometheus-db is not in the report "
                        + "(pvc-stuck-terminating PersistentVolumeClaim monitoring/grafana-storage)",
                "chain: expected [claim-referenced-by-pod, claim-terminating], got [claim-terminating, "
                        + "claim-referenced-by-pod]",
                "risks: expected [read-only, data-loss], got [read-only, safe, data-loss]",
                "commandsAbsent: a command of pvc-stuck-terminating's plan contains delete pod: "
                        + "kubectl delete pod -n monitoring grafana-7d4b9c6f5-q8z2m",
                "plan: no step \"Keep the data\" matches after step 3 of pvc-stuck-terminating (steps: "
                        + "1. See which pods still use the claim [read-only]; "
                        + "2. Keep the data: set the volume's reclaim policy to Retain [safe]; "
                        + "3. Stop the pod that still runs on the claim [data-loss])");
    }

    @Test
    void aStepThatDiffersSaysHow() throws IOException {
        Path failing = caseWith("""
                top: pvc-stuck-terminating
                plan:
                  - title: Keep the data
                    risk: read-only
                    commands: ["kubectl patch pv pvc-3e01e50a-4678-2ca4-2968-73efb611ef84 --type merge"]
                    checksMention: [backup]
                """);
        assertThat(kit.runCase(failing).failures()).singleElement().asString().endsWith(
                "; step 2 is safe"
                        + "; step 2 lacks the command kubectl patch pv pvc-3e01e50a-4678-2ca4-2968-73efb611ef84 --type merge"
                        + "; no check of step 2 mentions backup");
    }

    @Test
    void aCaseMayReadASharedFixtureAndExpectNoDiagnosis() throws IOException {
        Path shared = Files.createDirectories(dir.resolve("shared-fixture"));
        Path onlyExpect = Files.createDirectories(dir.resolve("cases/none-expected"));
        Files.copy(RUNNING_CASE.resolve("cluster.yaml"), shared.resolve("cluster.yaml"));
        Files.writeString(onlyExpect.resolve("expect.yaml"), "snapshot: [../../shared-fixture]\ntop: none\n");

        assertThat(kit.runCase(onlyExpect).failures()).containsExactly(
                "top: expected no diagnosis, got ranked: pvc-stuck-terminating");
    }

    @Test
    void aMisspeltExpectationIsAFailureNamingItsLine() throws IOException {
        Path failing = caseWith("top: pvc-stuck-terminating\nminConfidense: 0.5\n");

        assertThat(kit.runCase(failing).failures()).singleElement().asString()
                .startsWith(failing.resolve("expect.yaml") + ":2:1: unknown field 'minConfidense' (known: absent, "
                        + "affected, chain, commandsAbsent, commandsMention, description, diagnoses, fixture, "
                        + "minConfidence, now, plan, present, risks, rootCause, severity, snapshot, top)");
    }

    @Test
    void assertPassedListsEveryFailureForJUnit() throws IOException {
        caseWith("top: stale-volumeattachment\n");

        assertThatThrownBy(() -> kit.run(dir).assertPassed())
                .isInstanceOf(AssertionError.class)
                .hasMessage("1 case: 0 passed, 1 failed\nFAIL case\n    top: expected stale-volumeattachment, got "
                        + "pvc-stuck-terminating (ranked: pvc-stuck-terminating)");
    }

    @Test
    void aChainLinkWithoutWordsFailsTheCase() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Path playbook = EXAMPLE.resolve("pvc-stuck-terminating");
        Files.copy(Path.of(playbook + ".drl"), rules.resolve("pvc-stuck-terminating.drl"));
        String content = Files.readString(Path.of(playbook + ".yaml"));
        Files.writeString(rules.resolve("pvc-stuck-terminating.yaml"),
                content.replaceAll("(?s)  claim-referenced-by-pod: >-.*?\n\n", "\n"));
        PlaybookTestKit withoutWords = PlaybookTestKit.of(Kdiag.builder().builtinRules(false).addRuleFolder(rules).build());

        assertThat(withoutWords.runCase(RUNNING_CASE).failures()).containsExactly(
                "words: link claim-referenced-by-pod of pvc-stuck-terminating has no words under links: in any content file");
    }

    @Test
    void aFolderWithoutCasesDoesNotPass() throws IOException {
        TestKitReport report = kit.run(dir);

        assertThat(report.passed()).isFalse();
        assertThat(report.summary()).isEqualTo("no test cases found");
    }

    private Path caseWith(String expect) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("case"));
        Files.copy(RUNNING_CASE.resolve("cluster.yaml"), folder.resolve("cluster.yaml"));
        Files.writeString(folder.resolve("expect.yaml"), expect);
        return folder;
    }
}
