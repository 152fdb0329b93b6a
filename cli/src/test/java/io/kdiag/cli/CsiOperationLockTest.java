package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end: an OSD is down, CreateVolume calls time out and the provisioner keeps their locks;
 * a new postgres replica and a VolSync restore wait. Every VolumeSnapshot is healthy (or a ready
 * backup of a deleted claim), so nothing points at orphaned snapshots.
 */
class CsiOperationLockTest {

    private static CliRun run;
    private static JsonNode top;

    @BeforeAll
    static void analyze() {
        run = CliRun.analyzeJson("csi-operation-lock");
        top = run.diagnoses().get(0);
    }

    @Test
    void theLockWithNoOrphanedSnapshotIsRootedInTheProvisioner() {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.ids()).containsExactly("csi-operation-lock");
        assertThat(top.path("rootCause").path("kind").asText()).isEqualTo("Deployment");
        assertThat(top.path("rootCause").path("namespace").asText()).isEqualTo("rook-ceph");
        assertThat(top.path("rootCause").path("name").asText()).isEqualTo("csi-rbdplugin-provisioner");
        assertThat(top.path("rootCause").path("summary").asText()).contains("storage backend");
        assertThat(top.path("chain").findValuesAsText("id"))
                .containsExactly("restores-waiting", "claims-locked", "provisioner-holds-lock", "lock-after-timeout");
    }

    @Test
    void theBlockedReplicaAndTheRestoreAreAffected() {
        assertThat(top.path("affected").findValuesAsText("name"))
                .contains("data-postgres-1", "postgres-1", "postgres", "volsync-kometa-dst-dest", "kometa", "kometa-dst")
                .doesNotContain("data-postgres-0", "postgres-0", "sonarr", "esphome");
    }

    @Test
    void thePlanChecksTheBackendBeforeRestartingOnlyTheProvisioner() {
        List<String> commands = CliRun.commands(top);
        assertThat(commands).containsSubsequence(
                "kubectl describe pvc -n db data-postgres-1",
                "kubectl get pods -n rook-ceph -o wide",
                "kubectl rollout restart deployment -n rook-ceph csi-rbdplugin-provisioner",
                "kubectl rollout status deployment -n rook-ceph csi-rbdplugin-provisioner --timeout=5m");
        assertThat(commands).noneMatch(c -> c.contains("delete volumesnapshot"));
        LockPlans.assertNoDaemonSetRestart(commands);
        assertThat(top.path("summary").asText()).contains("clears the locks, but");
        JsonNode restart = top.path("remediation").get(4);
        assertThat(restart.path("risk").asText()).isEqualTo("disruptive");
        assertThat(restart.path("checks").get(0).asText())
                .contains("backend is healthy").contains("(step \"Check that the storage backend answers\")");
        assertThat(restart.path("why").asText()).contains("clears the symptom, not its cause");
        assertThat(Plans.risks(top)).containsExactly(
                "read-only", "read-only", "read-only", "read-only", "disruptive", "read-only", "read-only");
        LockPlans.assertChecksNameEarlierSteps(top);
        LockPlans.assertNoPlaceholder(top);
    }

    @Test
    void theProvisionerUptimeIsAPreFlightCheckOfThePlan() {
        LockPlans.assertUptimeCheckFirst(top, "rook-ceph",
                "csi-rbdplugin-provisioner-6b8f9c7d5-4xk2p", "csi-rbdplugin-provisioner-6b8f9c7d5-9tq7m");
        assertThat(top.path("remediation").get(0).path("why").asText()).contains("had run 69h");
    }
}
