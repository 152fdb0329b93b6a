package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: a snapshot that shows a kind exists but holds none of it warns, in JSON and in
 * text, which playbooks could not be checked and which only in part, as the playbooks' content
 * files declare under {@code needs:}; and {@code rules validate} rejects a kind kdiag does not read.
 */
class CoverageWarningsCliTest {

    private static final String NODE = "ip-100-72-10-15.ec2.internal";
    private static final String NO_NODE = "the snapshot holds no Node, though pod default/io2-app is scheduled on node " + NODE
            + ": playbooks not checked: node-down-volume-attached, stale-volumeattachment, volume-in-use;"
            + " checked only in part: attach-limit-exceeded, csi-attach-node-not-found, csi-driver-not-registered,"
            + " fenced-node-mount-failure, multi-attach, pod-termination, volume-node-affinity-conflict,"
            + " volumeattachment-stuck-deleting; add the output of `kubectl get nodes -o yaml`";

    @TempDir
    Path dir;

    @Test
    void aSnapshotWithoutItsNodesNamesThePlaybooksItKeptFromBeingChecked() throws IOException {
        CliRun run = CliRun.of("analyze", withoutTheNode().toString(), "-o", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode warning = run.json().path("snapshot").path("warnings").get(0);
        assertThat(warning.path("source").asText()).isEqualTo("snapshot");
        assertThat(warning.path("message").asText()).isEqualTo(NO_NODE);
        assertThat(run.json().path("snapshot").path("warnings")).hasSize(1);
    }

    @Test
    void theTextReportSaysTheSameUnderItsWarnings() throws IOException {
        CliRun run = CliRun.of("analyze", withoutTheNode().toString());

        String text = run.out().replaceAll("\\s+", " ");
        assertThat(text).contains("Warnings:").contains(NO_NODE.replace("`", "`"));
    }

    @Test
    void theDiagnosisThatActsOnTheMissingNodeIsLessSureAndLooksItUpFirst() throws IOException {
        CliRun run = CliRun.of("analyze", withoutTheNode().toString(), "-o", "json");

        JsonNode top = run.diagnoses().get(0);
        assertThat(top.path("id").asText()).isEqualTo("csi-attach-node-not-found");
        assertThat(top.path("confidence").asDouble()).isEqualTo(0.5);
        assertThat(top.path("chain").findValuesAsText("id")).containsExactly("attach-node-not-found", "node-not-in-snapshot");
        assertThat(Plans.commands(Plans.steps(top).get(0))).first().isEqualTo("kubectl get node " + NODE + " -o wide");
        assertThat(Plans.risks(top)).containsExactly("read-only", "disruptive");
        assertThat(Plans.anyPlaceholder(top)).isFalse();
    }

    @Test
    void aSnapshotThatHoldsEveryKindItRefersToHasNoCoverageWarning() {
        CliRun run = CliRun.analyzeJson("csi-attach-instance-not-found");

        assertThat(run.json().path("snapshot").path("warnings")).isEmpty();
    }

    @Test
    void validateRejectsAKindKdiagDoesNotRead() throws IOException {
        Path playbook = CliRun.ROOT.resolve("examples/rules/stateful-data-reclaim-delete/stateful-data-reclaim-delete");
        Files.writeString(dir.resolve("needs.drl"), Files.readString(Path.of(playbook + ".drl")));
        Files.writeString(dir.resolve("needs.yaml"), "needs:\n  kinds: [StatefulSet, Nodes]\n  logs: [csi-provisoner]\n"
                + Files.readString(Path.of(playbook + ".yaml")));

        CliRun run = CliRun.of("rules", "validate", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULES);
        assertThat(run.err().lines().toList()).contains(
                dir.resolve("needs.yaml") + ":2:24: unknown kind 'Nodes' under needs: kdiag reads CSINode, DaemonSet, Deployment,"
                        + " Event, Node, PersistentVolume, PersistentVolumeClaim, Pod, ReplicaSet, ReplicationDestination,"
                        + " StatefulSet, StorageClass, VolumeAttachment, VolumeSnapshot, VolumeSnapshotClass,"
                        + " VolumeSnapshotContent",
                dir.resolve("needs.yaml") + ":3:10: unknown log component 'csi-provisoner' under needs.logs: kdiag knows"
                        + " csi-attacher, csi-provisioner, csi-resizer, csi-snapshotter, kube-controller-manager, kubelet");
    }

    /** The instance-not-found fixture without its one Node, in a temporary folder. */
    private Path withoutTheNode() throws IOException {
        String yaml = Files.readString(CliRun.ROOT.resolve("test-fixtures/csi-attach-instance-not-found/cluster.yaml"));
        int start = yaml.indexOf("- apiVersion: v1\n  kind: Node\n");
        int end = yaml.indexOf("- apiVersion: v1\n  kind: PersistentVolumeClaim\n");
        assertThat(start).isPositive();
        assertThat(end).isGreaterThan(start);
        Path file = dir.resolve("cluster.yaml");
        Files.writeString(file, yaml.substring(0, start) + yaml.substring(end));
        return file;
    }
}
