package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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

    static final String READARR_SNAPSHOT = "volsync-readarr-dst-dest-20251103185530";

    private static JsonNode top;

    @BeforeAll
    static void analyze() {
        top = CliRun.analyzeJson("orphaned-snapshot-operation-lock").diagnoses().get(0);
    }

    @Test
    void theOrphanedSnapshotsLinkCitesEachOrphanAndItsTimeout() {
        JsonNode orphans = top.path("chain").get(5);
        assertThat(orphans.path("id").asText()).isEqualTo("orphaned-snapshots");
        assertThat(orphans.path("evidence").findValuesAsText("name"))
                .contains("volsync-archon-src", "volsync-home-assistant-src", "volsync-zigbee2mqtt-src")
                .doesNotContain("mosquitto-pre-upgrade", "volsync-esphome-src");
        assertThat(orphans.path("evidence").findValuesAsText("text"))
                .anyMatch(t -> t.startsWith("SnapshotCreationFailed") && t.contains("DeadlineExceeded"));
    }

    @Test
    void aSnapshotCallRefusedByTheLockBlocksTheRestoreThatEndsInIt() {
        JsonNode snapshots = top.path("chain").get(2);
        assertThat(snapshots.path("id").asText()).isEqualTo("snapshots-locked");
        assertThat(snapshots.path("evidence").findValuesAsText("name")).contains(READARR_SNAPSHOT);
        assertThat(snapshots.path("evidence").findValuesAsText("text"))
                .anyMatch(t -> t.startsWith("SnapshotCreationFailed") && t.contains("code = Aborted"));
    }
}
