package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * End to end: the VolSync populator waited for latestImage ("Unable to populate volume, waiting
 * for replicationdestination to have latestImage"), then finished on its own; the claim is Bound.
 */
class VolSyncPopulatorRecoveredTest {

    @Test
    void aPopulatorThatFinishedOnItsOwnIsNoFault() {
        CliRun run = CliRun.analyzeJson("volsync-populator-recovered");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.json().path("snapshot").path("counts").path("ReplicationDestination").asInt()).isEqualTo(1);
        assertThat(run.diagnoses()).allMatch(d -> d.path("severity").asText().equals("info"));
        assertThat(run.ids()).doesNotContain("orphaned-snapshot-operation-lock", "csi-operation-lock", "orphaned-volumesnapshot");
    }
}
