package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end: two VolumeSnapshots never completed (one's claim is gone, the other's is being
 * deleted), but no claim is locked: a housekeeping finding, with a ready backup of a deleted claim
 * left alone.
 */
class OrphanedVolumeSnapshotTest {

    private static CliRun run;
    private static JsonNode top;

    @BeforeAll
    static void analyze() {
        run = CliRun.analyzeJson("orphaned-volumesnapshot");
        top = run.diagnoses().get(0);
    }

    @Test
    void orphanedSnapshotsWithNothingStuckAreALowSeverityFindingOnly() {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.ids()).containsExactly("orphaned-volumesnapshot");
        assertThat(top.path("severity").asText()).isEqualTo("low");
        assertThat(top.path("rootCause").path("name").asText()).isEqualTo("volsync-home-assistant-src");
        assertThat(top.path("affected").findValuesAsText("name"))
                .containsExactly("volsync-home-assistant-src", "volsync-node-red-src");
        assertThat(top.path("chain").findValuesAsText("id")).containsExactly("orphaned-snapshots");
    }

    @Test
    void thePlanDeletesOnlyTheSnapshotsThatNeverCompletedAndRestartsNothing() {
        assertThat(CliRun.commands(top)).containsSubsequence(
                "kubectl get pvc -n home home-assistant",
                "kubectl get pvc -n home node-red",
                "kubectl delete volumesnapshot -n home volsync-home-assistant-src",
                "kubectl delete volumesnapshot -n home volsync-node-red-src")
                .noneMatch(c -> c.contains("mosquitto-pre-upgrade") || c.contains("volsync-esphome-src"))
                .noneMatch(c -> c.contains("rollout"));
        assertThat(top.path("remediation").findValuesAsText("risk")).containsExactly("read-only", "data-loss");
        assertThat(top.path("remediation").get(1).path("why").asText()).contains("Terminating");
        LockPlans.assertNoPlaceholder(top);
    }
}
