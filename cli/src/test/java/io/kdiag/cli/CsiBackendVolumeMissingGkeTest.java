package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end, GKE wording: "Could not find disk Key{"pvc-...", zone: ...}: googleapi: Error 404".
 * The disk is named after the PersistentVolume and is the last segment of its volume handle
 * ({@code projects/.../zones/.../disks/pvc-...}), so the disk is missing, not mis-mapped.
 */
class CsiBackendVolumeMissingGkeTest {

    private static final String PV = "pvc-9f3e7a2b-5c1d-4e8f-a6b7-c8d9e0f1a2b3";

    private static CliRun run;
    private static JsonNode top;

    @BeforeAll
    static void analyze() {
        run = CliRun.analyzeJson("csi-backend-volume-missing-gke");
        top = run.diagnoses().get(0);
    }

    @Test
    void theDiskNamedAfterThePersistentVolumeIsMissing() {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.ids()).containsExactly("csi-backend-volume-missing");
        assertThat(top.path("rootCause").path("name").asText()).isEqualTo(PV);
        assertThat(top.path("chain").findValuesAsText("id"))
                .containsExactly("attach-not-found", "claim-volume-handle", "volume-id-is-handle");
        assertThat(top.path("chain").get(0).path("evidence").get(0).path("text").asText())
                .contains("Could not find disk Key{\"" + PV + "\"", "googleapi: Error 404");
    }

    @Test
    void theHealthyRedisBesideItIsNotDiagnosed() {
        assertThat(top.path("affected").findValuesAsText("name"))
                .containsExactly("opensearch-0", "data-opensearch-0", "opensearch");
        assertThat(run.diagnoses()).hasSize(1);
    }

    @Test
    void thePlanScalesTheRealStatefulSetBackToItsReplicaCount() {
        assertThat(Plans.risks(top)).containsExactly("read-only", "disruptive", "data-loss");
        assertThat(CliRun.commands(top)).contains(
                "kubectl delete pod -n search opensearch-0 --force --grace-period=0",
                "kubectl scale statefulset -n search opensearch --replicas=0",
                "kubectl delete pvc -n search data-opensearch-0",
                "kubectl scale statefulset -n search opensearch --replicas=1");
        assertThat(Plans.anyPlaceholder(top)).isFalse();
    }
}
