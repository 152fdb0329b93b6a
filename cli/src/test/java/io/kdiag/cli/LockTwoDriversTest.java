package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end: the RBD and the CephFS provisioner each hold a lock. Each lock is its own
 * diagnosis, with its own claims, restores and pods, and a plan that restarts only its own
 * provisioner.
 */
class LockTwoDriversTest {

    private static CliRun run;
    private static JsonNode cephfs;
    private static JsonNode rbd;

    @BeforeAll
    static void analyze() {
        run = CliRun.analyzeJson("lock-two-drivers");
        cephfs = byRootCause("csi-cephfsplugin-provisioner");
        rbd = byRootCause("csi-rbdplugin-provisioner");
    }

    private static JsonNode byRootCause(String name) {
        return run.diagnoses().stream().filter(d -> d.path("rootCause").path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no diagnosis rooted in " + name + ": " + run.ids()));
    }

    @Test
    void eachLockIsItsOwnDiagnosis() {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.ids()).containsExactly("csi-operation-lock", "csi-operation-lock");
    }

    @Test
    void theRestoreAndItsPodBelongToTheCephfsLockOnly() {
        assertThat(cephfs.path("chain").findValuesAsText("id"))
                .containsExactly("restores-waiting", "claims-locked", "provisioner-holds-lock", "lock-after-timeout");
        assertThat(cephfs.path("affected").findValuesAsText("name"))
                .contains("volsync-kometa-dst-dest", "kometa", "kometa-dst", "kometa-5c8d7b9f4-tq2lx")
                .doesNotContain("data-postgres-1", "postgres-1");
        assertThat(rbd.path("chain").findValuesAsText("id"))
                .containsExactly("claims-locked", "provisioner-holds-lock", "lock-after-timeout");
        assertThat(rbd.path("affected").findValuesAsText("name"))
                .contains("data-postgres-1", "postgres-1")
                .doesNotContain("volsync-kometa-dst-dest", "kometa", "kometa-dst", "kometa-5c8d7b9f4-tq2lx");
    }

    @Test
    void eachPlanRestartsOnlyItsOwnProvisioner() {
        assertThat(CliRun.commands(rbd)).contains("kubectl rollout restart deployment -n rook-ceph csi-rbdplugin-provisioner")
                .noneMatch(c -> c.contains("csi-cephfsplugin-provisioner") || c.contains("kometa"));
        assertThat(CliRun.commands(cephfs))
                .contains("kubectl rollout restart deployment -n rook-ceph csi-cephfsplugin-provisioner")
                .noneMatch(c -> c.contains("csi-rbdplugin-provisioner") || c.contains("postgres"));
        LockPlans.assertUptimeCheckFirst(cephfs, "rook-ceph",
                "csi-cephfsplugin-provisioner-7d4c9b8f6-h5kq2", "csi-cephfsplugin-provisioner-7d4c9b8f6-w9c4n");
        LockPlans.assertUptimeCheckFirst(rbd, "rook-ceph",
                "csi-rbdplugin-provisioner-6b8f9c7d5-4xk2p", "csi-rbdplugin-provisioner-6b8f9c7d5-9tq7m");
        LockPlans.assertNoDaemonSetRestart(CliRun.commands(rbd));
        LockPlans.assertNoDaemonSetRestart(CliRun.commands(cephfs));
    }
}
