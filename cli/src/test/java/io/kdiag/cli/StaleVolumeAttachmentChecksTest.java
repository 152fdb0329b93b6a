package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * End to end, what the stale-volumeattachment plan checks before it deletes an attachment: a
 * Terminating pod that still uses the claim on the old node, the kubelet's volumesInUse, and an
 * attachment already being deleted (a second delete does nothing).
 */
class StaleVolumeAttachmentChecksTest {

    private static final String STALE = "stale-volumeattachment";

    @Test
    void theChecksComeBeforeTheDeleteAndNameTerminatingPodsAndVolumesInUse() {
        JsonNode stale = diagnosis(CliRun.analyzeJson("stale-volumeattachment"), STALE);

        List<String> commands = CliRun.commands(stale);
        assertThat(commands).containsSubsequence(
                "kubectl get pods -A -o wide --field-selector spec.nodeName=worker-2",
                "kubectl get node worker-2 -o jsonpath='{.status.volumesInUse}'",
                "kubectl delete volumeattachment csi-11741546bd918747bc5bda29217feb2bd9524847cf60c058fb11e7b624997732");
        assertThat(Plans.risks(stale)).containsExactly("read-only", "read-only", "read-only", "disruptive");
        JsonNode delete = Plans.firstWithRisk(stale, "disruptive");
        assertThat(Plans.checks(delete)).contains("not even a Terminating one").contains("status.volumesInUse");
    }

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

    @Test
    void anAttachmentAlreadyBeingDeletedIsNotDeletedAgainAndItsFinalizerGoesOnlyAfterTheBackendCheck() {
        CliRun run = CliRun.analyzeJson("stale-volumeattachment-being-deleted");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode stale = run.diagnoses().get(0);
        assertThat(stale.path("id").asText()).isEqualTo(STALE);
        String attachment = "csi-7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6";
        assertThat(stale.path("chain").toString()).contains("status.detachError.message: rpc error: code = Internal");
        assertThat(CliRun.commands(stale))
                .doesNotContain("kubectl delete volumeattachment " + attachment)
                .containsSubsequence(
                        "kubectl get pods -A -o wide --field-selector spec.nodeName=worker-2",
                        "kubectl get volumeattachment " + attachment
                                + " -o jsonpath='{.metadata.deletionTimestamp} {.metadata.finalizers} {.status.detachError}'",
                        "kubectl patch volumeattachment " + attachment
                                + " --type json -p '[{\"op\":\"remove\",\"path\":\"/metadata/finalizers\"}]'");
        assertThat(Plans.risks(stale)).containsExactly("read-only", "read-only", "read-only", "read-only", "disruptive");
        assertThat(Plans.checks(Plans.firstWithRisk(stale, "disruptive"))).contains("storage backend shows vol-0b22c0ffee0000002");
    }

    private static JsonNode diagnosis(CliRun run, String id) {
        return run.diagnoses().stream().filter(d -> d.path("id").asText().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " in " + run.ids()));
    }
}
