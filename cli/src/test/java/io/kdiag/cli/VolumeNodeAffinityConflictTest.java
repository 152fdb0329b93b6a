package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * End to end: a pod that no node can run because of its volume's node affinity, through the real
 * command line; the plan's order, risks, checks and commands on the snapshot's names for each
 * cause (a local volume's node gone, a zone without nodes, the matching node cordoned or full), and
 * the confounders that must not be diagnosed.
 */
class VolumeNodeAffinityConflictTest {

    private static final String ID = "volume-node-affinity-conflict";

    private static JsonNode top(String fixture) {
        CliRun run = CliRun.analyzeJson(fixture);
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode top = run.diagnoses().get(0);
        assertThat(top.path("rank").asInt()).isEqualTo(1);
        assertThat(top.path("id").asText()).isEqualTo(ID);
        assertThat(Plans.anyPlaceholder(top)).isFalse();
        return top;
    }

    @Test
    void aLocalVolumeOnANodeThatIsGoneIsGivenUpOnlyAfterTheNodeAndTheBackupAreChecked() {
        JsonNode top = top("volume-affinity-local-node-gone");

        assertThat(top.path("rootCause").path("name").asText()).isEqualTo("local-pv-2f1c9a7e");
        assertThat(top.path("chain").findValuesAsText("id"))
                .containsExactly("pod-unschedulable-volume-affinity", "claim-on-pinned-volume", "volume-node-gone");
        assertThat(top.path("chain").get(2).path("summary").asText()).contains("node k8s-storage-3")
                .contains("k8s-master-1, k8s-storage-1, k8s-storage-2");
        assertThat(Plans.risks(top)).containsExactly("read-only", "read-only", "data-loss");
        assertThat(Plans.commands(Plans.steps(top).get(1))).first().isEqualTo("kubectl get node k8s-storage-3");
        assertThat(Plans.steps(top).get(1).path("why").asText())
                .contains("under /mnt/fast-disks/nvme0 on k8s-storage-3").contains("the data on it is lost");
        JsonNode replace = Plans.firstWithRisk(top, "data-loss");
        assertThat(Plans.checks(replace)).contains("k8s-storage-3 answers NotFound").contains("backup");
        assertThat(Plans.commands(replace)).containsExactly(
                "kubectl delete pvc -n search data-elasticsearch-data-2 --wait=false",
                "kubectl delete pod -n search elasticsearch-data-2",
                "kubectl delete pv local-pv-2f1c9a7e");
        assertThat(replace.path("why").asText()).contains("StatefulSet elasticsearch-data");
        assertThat(top.path("confidence").asDouble()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void aZoneWithoutNodesGetsANodeBackAndTheVolumeIsKept() {
        JsonNode top = top("volume-affinity-zone-without-nodes");

        assertThat(top.path("title").asText()).contains("topology.ebs.csi.aws.com/zone in [us-east-1c]");
        assertThat(top.path("chain").get(0).path("evidence").findValuesAsText("text"))
                .anyMatch(t -> t.contains("2 node(s) didn't match PersistentVolume's node affinity"));
        assertThat(Plans.risks(top)).containsExactly("read-only", "safe");
        assertThat(CliRun.commands(top)).contains("kubectl get nodes -L topology.ebs.csi.aws.com/zone")
                .noneMatch(c -> c.startsWith("kubectl delete"));
        assertThat(Plans.steps(top).get(1).path("why").asText()).contains("node group").contains("in that zone");
        assertThat(top.path("severity").asText()).as("the Deployment has no ready pod").isEqualTo("critical");
    }

    @Test
    void aCordonedNodeThatHoldsTheVolumeIsUncordonedAfterAskingWhy() {
        JsonNode top = top("volume-affinity-node-cordoned");

        assertThat(top.path("rootCause").path("kind").asText()).isEqualTo("Node");
        assertThat(top.path("rootCause").path("name").asText()).isEqualTo("k3s-agent-2");
        assertThat(Plans.risks(top)).containsExactly("read-only", "safe");
        JsonNode uncordon = Plans.firstWithRisk(top, "safe");
        assertThat(Plans.commands(uncordon)).containsExactly("kubectl uncordon k3s-agent-2");
        assertThat(Plans.checks(uncordon)).contains("draining k3s-agent-2");
    }

    @Test
    void aFullNodeInTheVolumesZoneIsNamedWithTheSchedulersReason() {
        JsonNode top = top("volume-affinity-matching-node-full");

        assertThat(top.path("rootCause").path("name").asText()).isEqualTo("ip-10-0-1-17.eu-north-1.compute.internal");
        assertThat(Plans.risks(top)).containsExactly("read-only", "read-only");
        assertThat(Plans.steps(top).get(1).path("why").asText()).contains("1 Insufficient cpu");
        assertThat(top.path("confidence").asDouble()).isLessThan(0.7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"volume-affinity-insufficient-cpu", "volume-affinity-resolved"})
    void aConfounderIsNotDiagnosed(String fixture) {
        CliRun run = CliRun.analyzeJson(fixture);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.ids()).doesNotContain(ID);
    }

    @Test
    void rulesListAndExplainShowThePlaybook() {
        assertThat(CliRun.of("rules", "list").out()).contains(ID + "  [builtin]").contains("    " + ID + ": ");
        CliRun explain = CliRun.of("explain", ID);

        assertThat(explain.exitCode()).as(explain.err()).isZero();
        assertThat(explain.out()).startsWith(ID + " (").contains("Plan:").contains("References:")
                .contains("node(s) had volume node affinity conflict");
    }
}
