package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end: the RBD provisioner runs as a StatefulSet and its external-provisioner container is
 * called csi-external-provisioner. The lock is still found, and the plan works on the
 * StatefulSet: its pod's uptime first, its log, its restart, never the node plugin DaemonSet.
 */
class LockProvisionerStatefulSetTest {

    private static CliRun run;
    private static JsonNode top;

    @BeforeAll
    static void analyze() {
        run = CliRun.analyzeJson("lock-provisioner-statefulset");
        top = run.diagnoses().get(0);
    }

    @Test
    void theLockIsRootedInTheControllerStatefulSet() {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.ids()).containsExactly("csi-operation-lock");
        assertThat(top.path("rootCause").path("kind").asText()).isEqualTo("StatefulSet");
        assertThat(top.path("rootCause").path("name").asText()).isEqualTo("csi-rbdplugin-provisioner");
        assertThat(top.path("chain").get(1).path("summary").asText())
                .contains("provisioner StatefulSet rook-ceph/csi-rbdplugin-provisioner");
    }

    @Test
    void thePlanWorksOnTheStatefulSetInOrder() {
        List<String> commands = CliRun.commands(top);
        assertThat(commands).containsSubsequence(
                "kubectl get pod -n rook-ceph csi-rbdplugin-provisioner-0 -o jsonpath='{.metadata.name} {.status.startTime}'",
                "kubectl logs -n rook-ceph statefulset/csi-rbdplugin-provisioner --all-containers --tail=500"
                        + " | grep -E \"already exists|DeadlineExceeded\"",
                "kubectl get pods -n rook-ceph -o wide",
                "kubectl rollout restart statefulset -n rook-ceph csi-rbdplugin-provisioner",
                "kubectl rollout status statefulset -n rook-ceph csi-rbdplugin-provisioner --timeout=5m",
                "kubectl get daemonset -n rook-ceph csi-rbdplugin");
        assertThat(Plans.firstWithRisk(top, "disruptive").path("title").asText())
                .isEqualTo("Restart only the provisioner StatefulSet rook-ceph/csi-rbdplugin-provisioner once the backend answers");
        LockPlans.assertUptimeCheckFirst(top, "rook-ceph", "csi-rbdplugin-provisioner-0");
        LockPlans.assertChecksNameEarlierSteps(top);
        LockPlans.assertNoDaemonSetRestart(commands);
        LockPlans.assertNoPlaceholder(top);
    }
}
