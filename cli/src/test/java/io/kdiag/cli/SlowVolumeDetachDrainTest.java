package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * End to end, a drain: redis-cache's old pod is still Terminating past its grace period with its
 * volume attached on the cordoned node. The ranking and the self-healing diagnosis are the bundled
 * case {@code pod-termination/cases/slow-volume-detach-drain}; what it cannot say is how unlikely
 * the differential, the stale attachment, is.
 */
class SlowVolumeDetachDrainTest {

    @Test
    void theStaleAttachmentIsOnlyAnUnlikelyDifferential() {
        CliRun run = CliRun.analyzeJson("slow-volume-detach-drain");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.diagnoses().get(1).path("id").asText()).isEqualTo("stale-volumeattachment");
        assertThat(run.diagnoses().get(1).path("confidence").asDouble()).isLessThan(0.5);
    }
}
