package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * End to end: a claim's resize that does not finish, diagnosed at rank 1 from the CLI's JSON
 * report, with the stage that stands still, the plan in the order an operator runs it, its
 * risks and checks, and commands on the snapshot's names.
 */
class VolumeExpansionPlaybookTest {

    private static JsonNode top(String fixture) {
        CliRun run = CliRun.analyzeJson(fixture);
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode top = run.diagnoses().get(0);
        assertThat(top.path("rank").asInt()).isEqualTo(1);
        assertThat(top.path("id").asText()).isEqualTo("volume-expansion-stuck");
        assertThat(Plans.anyPlaceholder(top)).isFalse();
        return top;
    }

    @Test
    void aDriverWithoutACsiResizerGetsItsSidecarOnlyAfterItsContainersAreRead() {
        JsonNode top = top("expansion-no-resizer");

        assertThat(top.path("chain").findValuesAsText("id")).containsExactly("claim-resize-unfinished", "no-resizer");
        assertThat(top.path("chain").get(0).path("evidence").findValuesAsText("text"))
                .contains("spec.resources.requests.storage: 100Gi, status.capacity.storage: 50Gi, "
                        + "status.allocatedResourceStatuses.storage: ControllerResizeInProgress")
                .contains("ExternalExpanding: waiting for an external controller to expand this PVC");
        assertThat(top.path("rootCause").path("name").asText()).isEqualTo("ebs-csi-controller");
        assertThat(Plans.risks(top)).containsExactly("read-only", "read-only", "disruptive");
        JsonNode add = Plans.firstWithRisk(top, "disruptive");
        assertThat(Plans.commands(add)).containsExactly("kubectl edit deployment -n kube-system ebs-csi-controller",
                "kubectl rollout status deployment -n kube-system ebs-csi-controller");
        assertThat(Plans.checks(add)).contains("ebs.csi.aws.com supports volume expansion");
        assertThat(CliRun.commands(top)).contains("kubectl describe pvc -n db data-postgres-0");
        assertThat(top.path("affected").findValuesAsText("name")).doesNotContain("data-redis-0");
    }

    @Test
    void aFailingResizerIsDiagnosedWithTheDriversOwnError() {
        JsonNode top = top("expansion-resizer-fails");

        assertThat(top.path("chain").findValuesAsText("id")).containsExactly("claim-resize-unfinished", "resizer-fails");
        assertThat(top.path("chain").get(1).path("summary").asText())
                .contains("Could not resize volume \"vol-0f696cea1221fa93f\": context cancelled");
        assertThat(Plans.risks(top)).containsExactly("read-only", "read-only");
        assertThat(CliRun.commands(top))
                .contains("kubectl logs -n kube-system ebs-csi-controller-84b6d5f7c9-q4w7e -c csi-resizer")
                .noneMatch(c -> c.startsWith("kubectl delete"));
    }

    @Test
    void anOfflineFileSystemResizeRestartsThePodOnlyWhenItsDeploymentRecreatesIt() {
        JsonNode top = top("expansion-filesystem-resize-pending");

        assertThat(top.path("chain").findValuesAsText("id"))
                .containsExactly("claim-resize-unfinished", "resize-at-node", "fs-resize-waits-for-restart");
        assertThat(top.path("chain").get(1).path("evidence").findValuesAsText("text")).contains(
                "condition FileSystemResizePending: Waiting for user to (re-)start a pod to finish file system resize of volume on node.");
        assertThat(Plans.risks(top)).containsExactly("read-only", "disruptive");
        JsonNode restart = Plans.firstWithRisk(top, "disruptive");
        assertThat(Plans.checks(restart)).contains("belongs to deployment gitea, which re-creates it");
        assertThat(Plans.commands(restart)).containsExactly("kubectl delete pod -n git gitea-7b9c8d6f5-m2n8p",
                "kubectl rollout status deployment -n git gitea");
        assertThat(top.path("verification").get(0).asText()).contains("-n git gitea-data");
    }

    @Test
    void aFileSystemTheKubeletCannotGrowIsReadOnItsNodeBeforeThePodIsRestarted() {
        JsonNode top = top("expansion-node-resize-fails");

        assertThat(top.path("chain").findValuesAsText("id"))
                .containsExactly("claim-resize-unfinished", "resize-at-node", "node-resize-fails");
        assertThat(top.path("chain").get(2).path("summary").asText())
                .contains("resize2fs: Permission denied to resize filesystem");
        assertThat(Plans.risks(top)).containsExactly("read-only", "read-only", "disruptive");
        assertThat(Plans.commands(Plans.steps(top).get(1)))
                .contains("kubectl get pods -A -o wide --field-selector spec.nodeName=k8s-node-2");
        assertThat(Plans.checks(Plans.firstWithRisk(top, "disruptive"))).contains("is fixed first");
    }

    @Test
    void aClassThatDoesNotAllowExpansionIsTheRootCauseOfARefusedResize() {
        JsonNode top = top("expansion-class-forbids");

        assertThat(top.path("chain").findValuesAsText("id")).containsExactly("class-forbids-expansion");
        assertThat(top.path("chain").get(0).path("evidence").findValuesAsText("source"))
                .anyMatch(s -> s.endsWith("manager.log:2"));
        assertThat(Plans.risks(top)).containsExactly("read-only", "safe");
        assertThat(Plans.commands(Plans.firstWithRisk(top, "safe")))
                .contains("kubectl patch storageclass gp2 -p '{\"allowVolumeExpansion\":true}'");
        assertThat(top.path("rootCause").path("summary").asText()).contains("admission stage");
    }

    @Test
    void aFinishedResizeWithOldEventsAndAClaimPendingForProvisioningAreNoStuckResize() {
        CliRun run = CliRun.analyzeJson("expansion-finished");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.ids()).doesNotContain("volume-expansion-stuck");
    }

    @Test
    void explainDescribesIt() {
        CliRun run = CliRun.of("explain", "volume-expansion-stuck");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("volume-expansion-stuck (").contains("Plan:").contains("References:")
                .contains("FileSystemResizePending");
        assertThat(CliRun.of("rules", "list").out()).contains("volume-expansion-stuck  [builtin]");
    }
}
