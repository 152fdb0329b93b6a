package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * End to end: the VolSync populator waited for latestImage ("Unable to populate volume, waiting
 * for replicationdestination to have latestImage"), then finished on its own; the claim is Bound.
 * That nothing is diagnosed is the case {@code csi-operation-lock/cases/volsync-populator-recovered};
 * here, that the ReplicationDestination is read.
 */
class VolSyncPopulatorRecoveredTest {

    @Test
    void theReplicationDestinationIsRead() {
        CliRun run = CliRun.analyzeJson("volsync-populator-recovered");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.json().path("snapshot").path("counts").path("ReplicationDestination").asInt()).isEqualTo(1);
    }
}
