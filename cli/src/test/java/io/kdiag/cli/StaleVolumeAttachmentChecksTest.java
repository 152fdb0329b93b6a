package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * End to end, what the stale-volumeattachment diagnosis weighs when it is not the top one: a
 * Terminating pod that still uses the claim on the old node, and the kubelet's volumesInUse, lower
 * its confidence (the plan's checks and the attachment already being deleted are the bundled
 * cases {@code stale-volumeattachment} and {@code stale-volumeattachment-being-deleted}).
 */
class StaleVolumeAttachmentChecksTest {

    private static final String STALE = "stale-volumeattachment";

    @Test
    void aPodTerminatingForLongOnTheOldNodeStillHoldsTheVolume() {
        CliRun run = CliRun.analyzeJson("stale-volumeattachment-holder-terminating");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode stale = diagnosis(run, STALE);
        assertThat(stale.path("confidence").asDouble()).isLessThan(0.5);
        assertThat(stale.path("confidenceFactors").toString())
                .doesNotContain("no pod on node worker-2 uses claim")
                .contains("radarr-6f9c8d7b5-2xk8p on node worker-2 is Terminating but still uses claim radarr-config")
                .contains("node worker-2 still lists 40b33f89-d2f2-423a-a774-293b9a96cfec in status.volumesInUse");
        assertThat(run.ids()).contains("slow-volume-detach");
    }

    private static JsonNode diagnosis(CliRun run, String id) {
        return run.diagnoses().stream().filter(d -> d.path("id").asText().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " in " + run.ids()));
    }
}
