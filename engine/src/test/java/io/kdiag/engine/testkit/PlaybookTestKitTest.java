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
    static final Path EXAMPLE = ROOT.resolve("examples/rules/stateful-data-reclaim-delete");
    static final Path RUNNING_CASE = EXAMPLE.resolve("cases/statefulset-on-delete-volume");

    static final String RETAIN_PATCH = "kubectl patch pv pvc-6c1f0e2d-3b4a-4c5d-9e8f-7a6b5c4d3e2f -p "
            + "'{\"spec\":{\"persistentVolumeReclaimPolicy\":\"Retain\"}}'";

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
                "PASS cases/retained-or-not-stateful",
                "PASS cases/statefulset-on-delete-volume");
        assertThat(report.summary()).isEqualTo("2 cases: 2 passed, 0 failed");
        report.assertPassed();
    }

    @Test
    void aFailingCaseSaysWhatDidNotHoldAndWhatWasFound() throws IOException {
        Path failing = caseWith("""
                top: stale-volumeattachment
                present: [node-down-volume-attached]
                absent: [stateful-data-reclaim-delete]
                """);

        CaseResult result = kit.runCase(failing);

        assertThat(result.passed()).isFalse();
        assertThat(result.failures()).containsExactly(
                "top: expected stale-volumeattachment, got stateful-data-reclaim-delete (ranked: stateful-data-reclaim-delete)",
                "present: node-down-volume-attached is not in the report (ranked: stateful-data-reclaim-delete)",
                "absent: stateful-data-reclaim-delete is in the report at rank 1");
    }

    @Test
    void checksOnTheTopDiagnosisNameTheExpectedAndTheActualValues() throws IOException {
        Path failing = caseWith("""
                top: stateful-data-reclaim-delete
                rootCause: PersistentVolume pvc-0000
                affected: [Pod shop/orders-db-1]
                commandsMention: [orders-db-1]
                minConfidence: 0.95
                severity: high
                """);

        assertThat(kit.runCase(failing).failures()).containsExactly(
                "rootCause: expected PersistentVolume pvc-0000, got PersistentVolume "
                        + "pvc-6c1f0e2d-3b4a-4c5d-9e8f-7a6b5c4d3e2f",
                "affected: Pod shop/orders-db-1 is not affected by stateful-data-reclaim-delete (affected: "
                        + "PersistentVolumeClaim shop/data-orders-db-0; Pod shop/orders-db-0; StatefulSet shop/orders-db)",
                "commandsMention: no command of stateful-data-reclaim-delete's plan names orders-db-1 (commands: "
                        + "kubectl get pv pvc-6c1f0e2d-3b4a-4c5d-9e8f-7a6b5c4d3e2f -o custom-columns=NAME:.metadata.name,"
                        + "RECLAIM:.spec.persistentVolumeReclaimPolicy,CLAIM:.spec.claimRef.name; "
                        + "kubectl patch pv pvc-6c1f0e2d-3b4a-4c5d-9e8f-7a6b5c4d3e2f -p "
                        + "'{\"spec\":{\"persistentVolumeReclaimPolicy\":\"Retain\"}}')",
                "minConfidence: stateful-data-reclaim-delete has confidence 0.90, expected at least 0.95",
                "severity: expected high, got low");
    }

    @Test
    void theRankingTheTitleTheRootCauseTheAffectedTheChainTheEvidenceAndTheConfidenceCanBeChecked() throws IOException {
        Path passing = caseWith("""
                top: stateful-data-reclaim-delete
                ranked: [stateful-data-reclaim-delete]
                titleMention: [shop/orders-db, pvc-6c1f0e2d-3b4a-4c5d-9e8f-7a6b5c4d3e2f]
                rootCauseMention: [pvc-6c1f0e2d-3b4a-4c5d-9e8f-7a6b5c4d3e2f has reclaim policy Delete]
                affectedExactly:
                  - PersistentVolumeClaim shop/data-orders-db-0
                  - Pod shop/orders-db-0
                  - StatefulSet shop/orders-db
                chainMention: [StatefulSet orders-db keeps its data on claim shop/data-orders-db-0]
                evidenceMention: ["persistentVolumeReclaimPolicy: Delete", "controlled by StatefulSet orders-db", "cluster.yaml:"]
                plan:
                  - risk: safe
                    whyMention: [Nothing restarts]
                confidence: 0.9
                """);
        assertThat(kit.runCase(passing).failures()).isEmpty();
    }

    @Test
    void exactChecksThatDoNotHoldNameTheExpectedAndTheActualValues() throws IOException {
        Path failing = caseWith("""
                top: stateful-data-reclaim-delete
                ranked: [stateful-data-reclaim-delete, stale-volumeattachment]
                titleMention: [Retain]
                rootCauseMention: [Retain]
                affectedExactly: [Pod shop/orders-db-0, PersistentVolumeClaim shop/data-orders-db-0]
                chainMention: [Multi-Attach error]
                evidenceMention: [Multi-Attach error]
                plan:
                  - risk: safe
                    whyMention: [restarts the pods]
                confidence: 0.8
                """);
        assertThat(kit.runCase(failing).failures()).containsExactly(
                "ranked: expected stateful-data-reclaim-delete, stale-volumeattachment, got stateful-data-reclaim-delete",
                "titleMention: the title of stateful-data-reclaim-delete does not contain Retain (title: StatefulSet "
                        + "shop/orders-db keeps its data on pvc-6c1f0e2d-3b4a-4c5d-9e8f-7a6b5c4d3e2f, which is deleted "
                        + "with its claim)",
                "rootCauseMention: the root cause summary of stateful-data-reclaim-delete does not contain Retain "
                        + "(summary: PersistentVolume pvc-6c1f0e2d-3b4a-4c5d-9e8f-7a6b5c4d3e2f has reclaim policy Delete.)",
                "affectedExactly: expected Pod shop/orders-db-0; PersistentVolumeClaim shop/data-orders-db-0, got "
                        + "PersistentVolumeClaim shop/data-orders-db-0; Pod shop/orders-db-0; StatefulSet shop/orders-db",
                "chainMention: no link of stateful-data-reclaim-delete's chain says Multi-Attach error",
                "evidenceMention: no evidence of stateful-data-reclaim-delete's chain contains Multi-Attach error",
                "plan: no step a safe step matches after step 0 of stateful-data-reclaim-delete (steps: 1. See the "
                        + "volume and its policy [read-only]; 2. Keep the volume when its claim is deleted [safe])",
                "confidence: stateful-data-reclaim-delete has confidence 0.90, expected 0.80");
    }

    @Test
    void anyDiagnosisItsPreventionItsFactorsAndItsGreatestConfidenceCanBeChecked() throws IOException {
        Path passing = caseWith("""
                preventionMention: [reclaimPolicy Retain]
                top: stateful-data-reclaim-delete
                factorsMention: ["+0.90 a StatefulSet's bound volume has reclaim policy Delete"]
                factorsAbsent: [Multi-Attach]
                summaryMention: [one deletion of the claim, or of namespace shop, deletes the data for good]
                verificationMention: [kubectl get pv pvc-6c1f0e2d-3b4a-4c5d-9e8f-7a6b5c4d3e2f]
                maxConfidence: 0.9
                others:
                  - id: stateful-data-reclaim-delete
                    rootCause: PersistentVolume pvc-6c1f0e2d-3b4a-4c5d-9e8f-7a6b5c4d3e2f
                    severity: low
                    maxConfidence: 0.95
                    affectedExactly:
                      - PersistentVolumeClaim shop/data-orders-db-0
                      - Pod shop/orders-db-0
                      - StatefulSet shop/orders-db
                """);
        assertThat(kit.runCase(passing).failures()).isEmpty();
    }

    @Test
    void checksOnAnyDiagnosisThatDoNotHoldSayWhichDiagnosisAndWhatWasFound() throws IOException {
        Path failing = caseWith("""
                top: stateful-data-reclaim-delete
                preventionMention: [reclaimPolicy Recycle]
                factorsMention: [Multi-Attach]
                factorsAbsent: [reclaim policy]
                summaryMention: [Multi-Attach]
                verificationMention: [Multi-Attach]
                maxConfidence: 0.5
                others:
                  - id: stateful-data-reclaim-delete
                    severity: high
                  - id: stateful-data-reclaim-delete
                    rootCause: PersistentVolume pvc-0000
                  - id: stale-volumeattachment
                  - severity: low
                  - id: stateful-data-reclaim-delete
                    top: stateful-data-reclaim-delete
                id: stateful-data-reclaim-delete
                """);
        assertThat(kit.runCase(failing).failures()).containsExactly(
                "others: severity: expected high, got low",
                "others: stateful-data-reclaim-delete PersistentVolume pvc-0000 is not in the report "
                        + "(stateful-data-reclaim-delete PersistentVolume pvc-6c1f0e2d-3b4a-4c5d-9e8f-7a6b5c4d3e2f)",
                "others: stale-volumeattachment is not in the report "
                        + "(stateful-data-reclaim-delete PersistentVolume pvc-6c1f0e2d-3b4a-4c5d-9e8f-7a6b5c4d3e2f)",
                "others: an entry names no id",
                "others: the entry for stateful-data-reclaim-delete checks one diagnosis and may not use "
                        + "top, ranked, present, absent, diagnoses",
                "id: names the diagnosis of an entry of others; the top one is named by top",
                "maxConfidence: stateful-data-reclaim-delete has confidence 0.90, expected at most 0.50",
                "preventionMention: no prevention line of stateful-data-reclaim-delete contains reclaimPolicy Recycle "
                        + "(found: Give stateful workloads a StorageClass with reclaimPolicy Retain (a "
                        + "class's policy cannot be changed: create a new class).)",
                "factorsMention: no confidence factor of stateful-data-reclaim-delete contains Multi-Attach "
                        + "(found: +0.90 a StatefulSet's bound volume has reclaim policy Delete)",
                "factorsAbsent: a confidence factor of stateful-data-reclaim-delete contains reclaim policy: "
                        + "+0.90 a StatefulSet's bound volume has reclaim policy Delete",
                "summaryMention: no summary of stateful-data-reclaim-delete contains Multi-Attach (found: Claim "
                        + "shop/data-orders-db-0 of StatefulSet orders-db is bound to PersistentVolume "
                        + "pvc-6c1f0e2d-3b4a-4c5d-9e8f-7a6b5c4d3e2f, whose reclaim policy is Delete (from class gp3). "
                        + "Nothing is broken, but one deletion of the claim, or of namespace shop, deletes the data for "
                        + "good. This site keeps stateful data on Retain volumes.)",
                "verificationMention: no verification line of stateful-data-reclaim-delete contains Multi-Attach "
                        + "(found: kubectl get pv pvc-6c1f0e2d-3b4a-4c5d-9e8f-7a6b5c4d3e2f)");
    }

    @Test
    void theChainAndThePlanAreCheckedStepByStepInOrder() throws IOException {
        Path passing = caseWith("""
                top: stateful-data-reclaim-delete
                diagnoses: [stateful-data-reclaim-delete PersistentVolume pvc-6c1f0e2d-3b4a-4c5d-9e8f-7a6b5c4d3e2f]
                chain: [stateful-claim, volume-reclaim-delete]
                risks: [read-only, safe]
                commandsAbsent: [delete pvc]
                plan:
                  - title: See the volume
                    commands: ["kubectl get pv pvc-6c1f0e2d-3b4a-4c5d-9e8f-7a6b5c4d3e2f -o custom-columns=NAME:.metadata.name,RECLAIM:.spec.persistentVolumeReclaimPolicy,CLAIM:.spec.claimRef.name"]
                  - risk: safe
                    checksMention: []
                """);
        assertThat(kit.runCase(passing).failures()).isEmpty();
    }

    @Test
    void aChainOrPlanThatDiffersNamesWhatWasExpectedAndWhatWasFound() throws IOException {
        Path failing = caseWith("""
                top: stateful-data-reclaim-delete
                diagnoses: [stateful-data-reclaim-delete PersistentVolume pvc-0000]
                chain: [volume-reclaim-delete, stateful-claim]
                risks: [safe]
                commandsAbsent: [patch pv]
                plan:
                  - risk: safe
                  - title: See the volume
                """);
        assertThat(kit.runCase(failing).failures()).containsExactly(
                "diagnoses: stateful-data-reclaim-delete PersistentVolume pvc-0000 is not in the report "
                        + "(stateful-data-reclaim-delete PersistentVolume pvc-6c1f0e2d-3b4a-4c5d-9e8f-7a6b5c4d3e2f)",
                "chain: expected [volume-reclaim-delete, stateful-claim], got [stateful-claim, volume-reclaim-delete]",
                "risks: expected [safe], got [read-only, safe]",
                "commandsAbsent: a command of stateful-data-reclaim-delete's plan contains patch pv: "
                        + "kubectl patch pv pvc-6c1f0e2d-3b4a-4c5d-9e8f-7a6b5c4d3e2f -p '{\"spec\":{\"persistentVolumeReclaimPolicy\":\"Retain\"}}'",
                "plan: no step \"See the volume\" matches after step 2 of stateful-data-reclaim-delete (steps: "
                        + "1. See the volume and its policy [read-only]; "
                        + "2. Keep the volume when its claim is deleted [safe])");
    }

    @Test
    void aStepThatDiffersSaysHow() throws IOException {
        Path failing = caseWith("""
                top: stateful-data-reclaim-delete
                plan:
                  - title: Keep the volume
                    risk: read-only
                    commands: ["kubectl patch pv pvc-6c1f0e2d-3b4a-4c5d-9e8f-7a6b5c4d3e2f --type merge"]
                    commandsExactly: ["kubectl get pv pvc-6c1f0e2d-3b4a-4c5d-9e8f-7a6b5c4d3e2f"]
                    checksMention: [backup]
                """);
        assertThat(kit.runCase(failing).failures()).singleElement().asString().endsWith(
                "; step 2 is safe"
                        + "; step 2 lacks the command kubectl patch pv pvc-6c1f0e2d-3b4a-4c5d-9e8f-7a6b5c4d3e2f --type merge"
                        + "; step 2 has the commands [" + RETAIN_PATCH + "]"
                        + "; no check of step 2 mentions backup");
    }

    @Test
    void aStepsCommandsCanBeCheckedExactly() throws IOException {
        Path passing = caseWith("""
                top: stateful-data-reclaim-delete
                plan:
                  - risk: safe
                    commandsExactly: [%s]
                """.formatted(quoted(RETAIN_PATCH)));

        assertThat(kit.runCase(passing).failures()).isEmpty();
    }

    @Test
    void braceWordsFailACaseOnlyWhenTheyNameAValueOfThePlaybooksTexts() throws Exception {
        String jsonpath = "kubectl get pods -n {namespace} -o jsonpath='{{range .items[*]}}{{.metadata.name}}{{\"\\n\"}}{{end}}'";
        PlaybookTestKit withJsonpath = kitWithCommand(jsonpath);
        PlaybookTestKit withUnfilled = kitWithCommand("kubectl drain {{node}}");

        assertThat(withJsonpath.runCase(RUNNING_CASE).failures()).isEmpty();
        assertThat(withUnfilled.runCase(RUNNING_CASE).failures()).containsExactly(
                "placeholder: a text of stateful-data-reclaim-delete keeps a placeholder: kubectl drain {node}");
    }

    /** A kit with the bundled playbooks and the example, whose first step also runs this command template. */
    private PlaybookTestKit kitWithCommand(String template) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules-" + Math.abs(template.hashCode())));
        Path playbook = EXAMPLE.resolve("stateful-data-reclaim-delete");
        Files.copy(Path.of(playbook + ".drl"), rules.resolve("stateful-data-reclaim-delete.drl"));
        String content = Files.readString(Path.of(playbook + ".yaml"));
        String first = "          - \"kubectl get pv {volume} -o custom-columns=";
        assertThat(content).contains(first);
        Files.writeString(rules.resolve("stateful-data-reclaim-delete.yaml"),
                content.replace(first, "          - " + quoted(template) + "\n" + first));
        return PlaybookTestKit.of(Kdiag.builder().addRuleFolder(rules).build());
    }

    /** A text as a double-quoted YAML scalar. */
    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Test
    void aCaseMayReadASharedFixtureAndExpectNoDiagnosis() throws IOException {
        Path shared = Files.createDirectories(dir.resolve("shared-fixture"));
        Path onlyExpect = Files.createDirectories(dir.resolve("cases/none-expected"));
        Files.copy(RUNNING_CASE.resolve("cluster.yaml"), shared.resolve("cluster.yaml"));
        Files.writeString(onlyExpect.resolve("expect.yaml"), "snapshot: [../../shared-fixture]\ntop: none\n");

        assertThat(kit.runCase(onlyExpect).failures()).containsExactly(
                "top: expected no diagnosis, got ranked: stateful-data-reclaim-delete");
    }

    @Test
    void aMisspeltExpectationIsAFailureNamingItsLine() throws IOException {
        Path failing = caseWith("top: stateful-data-reclaim-delete\nminConfidense: 0.5\n");

        assertThat(kit.runCase(failing).failures()).singleElement().asString()
                .startsWith(failing.resolve("expect.yaml") + ":2:1: unknown field 'minConfidense' (known: absent, "
                        + "affected, affectedExactly, chain, chainMention, commandsAbsent, commandsMention, confidence, "
                        + "description, diagnoses, evidenceMention, factorsAbsent, factorsMention, fixture, id, "
                        + "maxConfidence, minConfidence, now, others, plan, present, preventionMention, ranked, risks, rootCause, "
                        + "rootCauseMention, severity, snapshot, summaryMention, titleMention, top, verificationMention)");
    }

    @Test
    void assertPassedListsEveryFailureForJUnit() throws IOException {
        caseWith("top: stale-volumeattachment\n");

        assertThatThrownBy(() -> kit.run(dir).assertPassed())
                .isInstanceOf(AssertionError.class)
                .hasMessage("1 case: 0 passed, 1 failed\nFAIL case\n    top: expected stale-volumeattachment, got "
                        + "stateful-data-reclaim-delete (ranked: stateful-data-reclaim-delete)");
    }

    @Test
    void aChainLinkWithoutWordsFailsTheCase() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Path playbook = EXAMPLE.resolve("stateful-data-reclaim-delete");
        Files.copy(Path.of(playbook + ".drl"), rules.resolve("stateful-data-reclaim-delete.drl"));
        String content = Files.readString(Path.of(playbook + ".yaml"));
        Files.writeString(rules.resolve("stateful-data-reclaim-delete.yaml"),
                content.replaceAll("(?s)  volume-reclaim-delete: >-.*?\n\n", "\n"));
        PlaybookTestKit withoutWords = PlaybookTestKit.of(Kdiag.builder().builtinRules(false).addRuleFolder(rules).build());

        assertThat(withoutWords.runCase(RUNNING_CASE).failures()).containsExactly(
                "words: link volume-reclaim-delete of stateful-data-reclaim-delete has no words under links: in any content file");
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
