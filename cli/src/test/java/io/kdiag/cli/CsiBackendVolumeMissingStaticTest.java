package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end, the ID in the message is the PersistentVolume's name: Azure Disk answers "Volume not
 * found" without naming a backend ID, so the only volume the event names is the statically
 * provisioned PV pv-wiki-restored, whose handle is a disk path ending in another name. The driver
 * was asked for that handle and did not find it: a missing backend volume (with less certainty),
 * never a mismatch.
 */
class CsiBackendVolumeMissingStaticTest {

    private static CliRun run;
    private static JsonNode top;

    @BeforeAll
    static void analyze() {
        run = CliRun.analyzeJson("csi-backend-volume-missing-static");
        top = run.diagnoses().get(0);
    }

    @Test
    void anIdEqualToThePersistentVolumeNameIsAMissingVolumeNotAMismatch() {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.ids()).containsExactly("csi-backend-volume-missing");
        assertThat(top.path("rootCause").path("name").asText()).isEqualTo("pv-wiki-restored");
        assertThat(top.path("chain").findValuesAsText("id"))
                .containsExactly("attach-not-found", "claim-volume-handle", "volume-id-is-volume-name");
        assertThat(top.path("confidence").asDouble()).isEqualTo(0.6);
    }

    @Test
    void theDeploymentThatOwnsThePodThroughItsReplicaSetIsScaledByName() {
        assertThat(top.path("affected").findValuesAsText("name"))
                .containsExactly("wiki-5d7f8b9c6-7tq2n", "wiki-content", "wiki");
        assertThat(top.path("severity").asText()).isEqualTo("critical");
        assertThat(CliRun.commands(top)).contains(
                "kubectl delete pod -n wiki wiki-5d7f8b9c6-7tq2n --force --grace-period=0",
                "kubectl scale deployment -n wiki wiki --replicas=0",
                "kubectl scale deployment -n wiki wiki --replicas=1");
        assertThat(Plans.anyPlaceholder(top)).isFalse();
    }
}
