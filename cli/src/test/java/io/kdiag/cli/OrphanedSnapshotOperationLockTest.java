package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end: VolSync restores in media are stuck behind the CSI operation lock of
 * rook-ceph/csi-rbdplugin-provisioner, and the lock is fed by VolumeSnapshots of claims that were
 * deleted (home-assistant, zigbee2mqtt, archon). Claims (vs-prime, VolSync destination claims) and one
 * VolSync snapshot (readarr) are refused by the lock. A ready snapshot of a deleted claim (a kept
 * backup), a healthy VolSync snapshot, a restore that is simply in progress (bazarr) and the
 * CephFS provisioner are confounders.
 */
class OrphanedSnapshotOperationLockTest {

    static final String PROWLARR_PRIME = "vs-prime-052cba72-cd7c-bbaa-5167-b2be87c7391e";
    static final String TDARR_PRIME = "vs-prime-10ee4e9a-5dd3-20ab-bb7a-c86e49fb5c9f";
    static final String READARR_SNAPSHOT = "volsync-readarr-dst-dest-20251103185530";

    private static CliRun run;
    private static JsonNode top;

    @BeforeAll
    static void analyze() {
        run = CliRun.analyzeJson("orphaned-snapshot-operation-lock");
        top = run.diagnoses().get(0);
    }

    @Test
    void theOrphanedSnapshotsAreTheOneRootCauseAndTheLockIsFoldedIntoIt() {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.ids()).containsExactly("orphaned-snapshot-operation-lock");
        assertThat(top.path("rootCause").path("kind").asText()).isEqualTo("VolumeSnapshot");
        assertThat(top.path("rootCause").path("namespace").asText()).isEqualTo("ai");
        assertThat(top.path("rootCause").path("name").asText()).isEqualTo("volsync-archon-src");
        assertThat(top.path("severity").asText()).isEqualTo("critical");
        assertThat(top.path("confidence").asDouble()).isGreaterThan(0.85);
    }

    @Test
    void theChainRunsFromTheWaitingRestoresToTheOrphanedSnapshots() {
        assertThat(top.path("chain").findValuesAsText("id")).containsExactly("restores-waiting", "claims-locked",
                "snapshots-locked", "provisioner-holds-lock", "lock-after-timeout", "orphaned-snapshots");
        JsonNode orphans = top.path("chain").get(5);
        assertThat(orphans.path("evidence").findValuesAsText("name"))
                .contains("volsync-archon-src", "volsync-home-assistant-src", "volsync-zigbee2mqtt-src")
                .doesNotContain("mosquitto-pre-upgrade", "volsync-esphome-src");
        assertThat(orphans.path("evidence").findValuesAsText("text"))
                .anyMatch(t -> t.startsWith("SnapshotCreationFailed") && t.contains("DeadlineExceeded"));
        assertThat(top.path("chain").get(3).path("summary").asText())
                .contains("rook-ceph/csi-rbdplugin-provisioner").contains("22 day(s)");
    }

    @Test
    void aSnapshotCallRefusedByTheLockBlocksTheRestoreThatEndsInIt() {
        JsonNode snapshots = top.path("chain").get(2);
        assertThat(snapshots.path("evidence").findValuesAsText("name")).contains(READARR_SNAPSHOT);
        assertThat(snapshots.path("evidence").findValuesAsText("text"))
                .anyMatch(t -> t.startsWith("SnapshotCreationFailed") && t.contains("code = Aborted"));
        assertThat(top.path("affected").findValuesAsText("name")).contains(READARR_SNAPSHOT, "readarr", "readarr-dst");
        assertThat(LockPlans.texts(top.path("verification"))).contains(
                "kubectl get volumesnapshot -n media " + READARR_SNAPSHOT,
                "kubectl get replicationdestination -n media readarr-dst -o jsonpath='{.status.latestImage.name}'");
    }

    @Test
    void everyLockedClaimWaitingRestoreAndBlockedWorkloadIsAffected() {
        assertThat(top.path("affected").findValuesAsText("name")).contains(
                PROWLARR_PRIME, TDARR_PRIME, "volsync-kometa-dst-dest", "volsync-threadfin-dst-dest",
                "prowlarr", "tdarr", "kometa", "threadfin", "prowlarr-dst", "kometa-dst",
                "volsync-dst-kometa-dst-71ee8")
                .doesNotContain("sonarr", "esphome", "csi-cephfsplugin-provisioner", "bazarr", "bazarr-dst");
        assertThat(top.path("affected").findValuesAsText("kind")).contains("ReplicationDestination", "Deployment");
    }

    @Test
    void thePlanDeletesEachOrphanedSnapshotThenRestartsOnlyTheProvisioner() {
        assertThat(top.path("title").asText()).isEqualTo(
                "Orphaned VolumeSnapshots keep rook-ceph/csi-rbdplugin-provisioner locked; 5 claim(s) or snapshot(s) blocked");
        List<String> commands = CliRun.commands(top);
        assertThat(commands).containsSubsequence(
                "kubectl delete volumesnapshot -n ai volsync-archon-src",
                "kubectl delete volumesnapshot -n home volsync-home-assistant-src",
                "kubectl delete volumesnapshot -n home volsync-zigbee2mqtt-src",
                "kubectl get volumesnapshot -A -o yaml > volumesnapshots-before-provisioner-restart.yaml",
                "kubectl rollout restart deployment -n rook-ceph csi-rbdplugin-provisioner",
                "kubectl rollout status deployment -n rook-ceph csi-rbdplugin-provisioner --timeout=5m");
        assertThat(commands).noneMatch(c -> c.contains("mosquitto-pre-upgrade") || c.contains("volsync-esphome-src"));
        LockPlans.assertNoDaemonSetRestart(commands);
        assertThat(top.path("remediation").findValuesAsText("why"))
                .anyMatch(w -> w.contains("never the node plugin DaemonSet") && w.contains("orphaned watchers"));
    }

    @Test
    void eachStepCarriesItsRisk() {
        assertThat(Plans.risks(top)).containsExactly(
                "read-only", "read-only", "read-only", "data-loss", "read-only", "disruptive", "read-only", "read-only");
        assertThat(Plans.checks(Plans.firstWithRisk(top, "data-loss")))
                .contains("(step \"Confirm each orphaned snapshot's source claim is gone\")");
        assertThat(Plans.checks(Plans.firstWithRisk(top, "disruptive")))
                .contains("(step \"Delete the orphaned VolumeSnapshots\")");
        LockPlans.assertChecksNameEarlierSteps(top);
        assertThat(CliRun.commands(top)).contains(
                "kubectl get daemonset -n rook-ceph csi-rbdplugin", "kubectl get daemonset -n rook-ceph csi-cephfsplugin");
    }

    @Test
    void theProvisionerUptimeIsAPreFlightCheckOfThePlan() {
        LockPlans.assertUptimeCheckFirst(top, "rook-ceph",
                "csi-rbdplugin-provisioner-6b8f9c7d5-4xk2p", "csi-rbdplugin-provisioner-6b8f9c7d5-9tq7m");
    }

    @Test
    void verificationChecksTheClaimsAndTheLatestImages() {
        assertThat(LockPlans.texts(top.path("verification"))).contains(
                "kubectl get pvc -n media " + PROWLARR_PRIME,
                "kubectl get pvc -n media volsync-kometa-dst-dest",
                "kubectl get replicationdestination -n media kometa-dst -o jsonpath='{.status.latestImage.name}'");
        LockPlans.assertNoPlaceholder(top);
    }
}
