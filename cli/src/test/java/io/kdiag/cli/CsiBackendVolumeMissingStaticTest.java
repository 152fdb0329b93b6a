package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end, a statically provisioned PV whose handle is a full Azure disk path: Azure Disk
 * answers "Volume not found" and names the disk only inside the cloud's raw error
 * ("The Resource 'Microsoft.Compute/disks/wiki-restore-2025-10-30' ... was not found"). Read by
 * its meaning, that disk is the handle's own disk (a cloud resource path is compared by the
 * resource's name): a missing backend volume, never a mismatch.
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
    void theDiskTheCloudCannotFindIsTheHandlesOwnDisk() {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.ids()).containsExactly("csi-backend-volume-missing");
        assertThat(top.path("rootCause").path("name").asText()).isEqualTo("pv-wiki-restored");
        assertThat(top.path("chain").findValuesAsText("id"))
                .containsExactly("attach-not-found", "claim-volume-handle", "volume-id-is-handle");
        assertThat(top.path("confidence").asDouble()).isEqualTo(0.8);
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
