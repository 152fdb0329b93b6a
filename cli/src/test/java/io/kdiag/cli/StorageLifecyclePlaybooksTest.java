package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * End to end: the plans of the volume-lifecycle playbooks (stuck attachments and claims, stale
 * claim references, missing provisioners and classes) in the order and with the risks and checks
 * an operator runs them; what the cases' expect.yaml cannot say.
 */
class StorageLifecyclePlaybooksTest {

    private static final String FINALIZER_PATCH = "--type merge -p '{\"metadata\":{\"finalizers\":null}}'";

    private static JsonNode top(String fixture) {
        CliRun run = CliRun.analyzeJson(fixture);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.diagnoses().get(0);
    }

    private static List<String> commandsOf(JsonNode step) {
        List<String> commands = new ArrayList<>();
        step.path("commands").forEach(c -> commands.add(c.asText()));
        return commands;
    }

    @Test
    void aStuckAttachmentOfADeletedNodeIsReleasedOnlyAfterTheBackendIsChecked() {
        JsonNode top = top("volumeattachment-stuck-deleting");

        assertThat(top.path("chain").findValuesAsText("id"))
                .containsExactly("attach-waits-for-deletion", "attachment-stuck-deleting", "attachment-node-gone");
        assertThat(Plans.risks(top)).containsExactly("read-only", "read-only", "disruptive");
        JsonNode release = Plans.firstWithRisk(top, "disruptive");
        assertThat(Plans.checks(release)).contains("deleted or powered off").contains("shows pvc-15715c91");
        assertThat(commandsOf(release)).containsExactly("kubectl patch volumeattachment "
                + "csi-c85519fc8bec2a502703adc0d665d9bce17acba07d0b2777dcd65bb747ed02d8 " + FINALIZER_PATCH);
        assertThat(Plans.anyPlaceholder(top)).isFalse();
    }

    @Test
    void onANodeThatStillExistsThePlanSaysWhenRemovingTheFinalizerIsUnsafe() {
        JsonNode top = top("volumeattachment-detach-error");

        assertThat(top.path("chain").findValuesAsText("id")).last().isEqualTo("attachment-detach-failing");
        assertThat(Plans.risks(top)).containsExactly("read-only", "read-only", "read-only", "read-only", "disruptive");
        assertThat(CliRun.commands(top)).contains("kubectl get pods -A -o wide --field-selector spec.nodeName=m9c34");
        JsonNode release = Plans.firstWithRisk(top, "disruptive");
        assertThat(release.path("why").asText()).startsWith("Unsafe while m9c34 exists");
        assertThat(Plans.checks(release)).contains("storage backend shows").contains("volumesInUse");
    }

    @Test
    void aClaimHeldByARunningPodKeepsItsDataFirstAndNeverLosesItsFinalizerByHand() {
        JsonNode top = top("pvc-stuck-terminating-running-pod");

        assertThat(Plans.risks(top)).containsExactly("read-only", "safe", "data-loss");
        assertThat(Plans.steps(top).get(1).path("title").asText()).contains("Retain");
        JsonNode stop = Plans.firstWithRisk(top, "data-loss");
        assertThat(stop.path("why").asText())
                .contains("Never remove the kubernetes.io/pvc-protection finalizer by hand while a pod mounts the claim");
        assertThat(Plans.checks(stop)).contains("backed up");
        assertThat(CliRun.commands(top)).noneMatch(c -> c.contains("finalizers"));
    }

    @Test
    void aStaleClaimRefIsClearedOnlyAfterTheDataChecks() {
        JsonNode top = top("pv-released-stale-claimref");

        assertThat(top.path("chain").findValuesAsText("id"))
                .containsExactly("claim-wants-volume", "volume-released", "claimref-claim-recreated");
        assertThat(Plans.risks(top)).containsExactly("read-only", "read-only", "safe");
        assertThat(Plans.checks(Plans.steps(top).get(1))).contains("backup or snapshot");
        assertThat(commandsOf(Plans.firstWithRisk(top, "safe")))
                .containsExactly("kubectl patch pv test-pv --type json -p '[{\"op\":\"remove\",\"path\":\"/spec/claimRef/uid\"}]'");
    }

    @Test
    void aCrashLoopingProvisionerIsRestartedOnlyOnceItsLogIsRead() {
        JsonNode top = top("provisioner-crashloop");

        assertThat(top.path("chain").findValuesAsText("id"))
                .containsExactly("claims-wait-for-provisioner", "provisioner-not-running");
        assertThat(top.path("chain").get(1).path("evidence").findValuesAsText("text"))
                .anyMatch(t -> t.contains("csi-provisioner: waiting CrashLoopBackOff, not ready, restarts 27, last Error"));
        assertThat(Plans.risks(top)).containsExactly("read-only", "read-only", "disruptive");
        assertThat(top.path("affected").findValuesAsText("name")).doesNotContain("alertmanager-data");
    }

    @Test
    void aClaimThatAsksForNoClassOnPurposeIsNotPartOfTheMissingDefault() {
        JsonNode top = top("storageclass-no-default");

        assertThat(top.path("affected").findValuesAsText("name")).contains("hub-db-dir").doesNotContain("shared-notebooks");
        assertThat(Plans.risks(top)).containsExactly("read-only", "safe", "disruptive");
    }

    @Test
    void rulesListShowsTheNewPlaybooks() {
        String out = CliRun.of("rules", "list").out();
        for (String id : List.of("volumeattachment-stuck-deleting", "pvc-stuck-terminating", "pv-released-stale-claimref",
                "provisioner-unavailable", "storageclass-missing")) {
            assertThat(out).contains(id + "  [builtin]").contains("    " + id + ": ");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"volumeattachment-stuck-deleting", "pvc-stuck-terminating", "pv-released-stale-claimref",
        "provisioner-unavailable", "storageclass-missing"})
    void explainDescribesEachOne(String id) {
        CliRun run = CliRun.of("explain", id);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith(id + " (").contains("Plan:").contains("References:");
    }
}
