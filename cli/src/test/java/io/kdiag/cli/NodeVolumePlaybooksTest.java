package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * End to end: the playbooks of volumes that cannot be used on a node (a CSI driver not
 * registered there, a storage client fenced there), their plans in the order, with the risks and checks an operator runs them,
 * and their confounders; what the cases' expect.yaml cannot say.
 */
class NodeVolumePlaybooksTest {

    private static final List<String> IDS = List.of("csi-driver-not-registered", "fenced-node-mount-failure");

    private static JsonNode top(String fixture) {
        CliRun run = CliRun.analyzeJson(fixture);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.diagnoses().get(0);
    }

    @Test
    void aCrashLoopingRegistrarIsRestartedOnItsNodeOnlyAfterFuseMountsAreChecked() {
        JsonNode top = top("csi-driver-not-registered");

        assertThat(top.path("id").asText()).isEqualTo("csi-driver-not-registered");
        assertThat(top.path("chain").findValuesAsText("id")).containsExactly("mount-waits-for-driver", "node-plugin-not-ready");
        assertThat(top.path("chain").get(1).path("evidence").findValuesAsText("text"))
                .anyMatch(t -> t.contains("driver-registrar: waiting CrashLoopBackOff, not ready, restarts 11"));
        assertThat(Plans.risks(top)).containsExactly("read-only", "read-only", "disruptive");
        JsonNode restart = Plans.firstWithRisk(top, "disruptive");
        assertThat(Plans.commands(restart)).first().isEqualTo("kubectl delete pod -n rook-ceph csi-rbdplugin-7mq4n");
        assertThat(Plans.checks(restart)).contains("FUSE").contains("worker-2");
        assertThat(restart.path("why").asText()).contains("Delete only this pod");
        assertThat(CliRun.commands(top)).noneMatch(c -> c.contains("rollout restart"))
                .contains("kubectl get csinode worker-2 -o jsonpath='{.spec.drivers[*].name}'");
        assertThat(Plans.anyPlaceholder(top)).isFalse();
    }

    @Test
    void aNodeTheDaemonSetDoesNotTolerateIsNamedWithItsTaints() {
        JsonNode top = top("csi-driver-node-plugin-missing");

        assertThat(top.path("chain").findValuesAsText("id")).containsExactly("mount-waits-for-driver", "node-plugin-not-on-node");
        assertThat(top.path("chain").get(1).path("evidence").findValuesAsText("text"))
                .anyMatch(t -> t.contains("runs rook-ceph.rbd.csi.ceph.com on worker-1, worker-2, worker-3, not on db-1"));
        assertThat(Plans.risks(top)).containsExactly("read-only", "read-only");
        assertThat(CliRun.commands(top)).contains("kubectl describe daemonset -n rook-ceph csi-rbdplugin")
                .noneMatch(c -> c.startsWith("kubectl delete"));
    }

    @Test
    void aBlocklistedNodeLosesItsPodsFirstAndIsUnfencedBeforeItTakesPodsAgain() {
        JsonNode top = top("fenced-node-blocklisted");

        assertThat(top.path("id").asText()).isEqualTo("fenced-node-mount-failure");
        assertThat(top.path("chain").findValuesAsText("id")).containsExactly("mount-transport-lost", "node-came-back");
        assertThat(Plans.risks(top)).containsExactly("read-only", "disruptive", "disruptive");
        JsonNode move = Plans.steps(top).get(1);
        assertThat(Plans.commands(move)).containsExactly("kubectl cordon worker-2", "kubectl delete pod -n shop mysql-0");
        assertThat(Plans.checks(move)).contains("StatefulSet mysql");
        JsonNode reboot = Plans.steps(top).get(2);
        assertThat(Plans.checks(reboot)).contains("blocklist");
        assertThat(Plans.commands(reboot)).last().isEqualTo("kubectl uncordon worker-2");
        assertThat(CliRun.commands(top)).noneMatch(c -> c.contains("out-of-service"));
        assertThat(Plans.anyPlaceholder(top)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        // the driver registered after a node reboot and the kubelet's retry mounted the volume
        "csi-driver-registered-late, csi-driver-not-registered",
        // a StatefulSet pod re-created with the same name on a healthy node, where it runs ready
        "fenced-node-pod-moved, fenced-node-mount-failure"})
    void aConfounderIsNotDiagnosed(String fixture, String id) {
        CliRun run = CliRun.analyzeJson(fixture);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.ids()).doesNotContain(id);
    }

    @Test
    void rulesListShowsThePlaybooks() {
        String out = CliRun.of("rules", "list").out();
        for (String id : IDS) {
            assertThat(out).contains(id + "  [builtin]").contains("    " + id + ": ");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"csi-driver-not-registered", "fenced-node-mount-failure"})
    void explainDescribesEachOne(String id) {
        CliRun run = CliRun.of("explain", id);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith(id + " (").contains("Plan:").contains("References:");
    }
}
