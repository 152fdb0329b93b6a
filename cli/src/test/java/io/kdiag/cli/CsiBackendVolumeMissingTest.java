package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end: the same ZooKeeper cluster as the mismatch scenario, but the NotFound names the
 * PersistentVolume's own volume handle: the backend volume itself is gone.
 */
class CsiBackendVolumeMissingTest {

    private static final String PV = "pvc-8d6c1f4e-2b3a-4c5d-8e7f-9a0b1c2d3e4f";
    private static final String HANDLE = "3f9a6b2c-1d4e-4b8a-9c7f-5e2d1a0b6c84";

    private static CliRun run;
    private static JsonNode top;

    @BeforeAll
    static void analyze() {
        run = CliRun.analyzeJson("csi-backend-volume-missing");
        top = run.diagnoses().get(0);
    }

    @Test
    void theSameIdAsTheHandleIsAMissingVolumeNotAMismatch() {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.ids()).containsExactly("csi-backend-volume-missing");
        assertThat(top.path("chain").findValuesAsText("id"))
                .containsExactly("attach-not-found", "claim-volume-handle", "volume-id-is-handle");
    }

    @Test
    void theRootCauseIsThePersistentVolumeWhoseBackendVolumeIsGone() {
        assertThat(top.path("rootCause").path("kind").asText()).isEqualTo("PersistentVolume");
        assertThat(top.path("rootCause").path("name").asText()).isEqualTo(PV);
        assertThat(top.path("rootCause").path("summary").asText()).contains(HANDLE);
        assertThat(top.path("severity").asText()).isEqualTo("critical");
        assertThat(top.path("confidence").asDouble()).isEqualTo(0.8);
        assertThat(top.path("affected").findValuesAsText("name"))
                .containsExactly("zookeeper-1", "data-zookeeper-1", "zookeeper");
    }

    @Test
    void thePlanForceDeletesFirstAndReCreatesTheClaimOnlyAfterABackupCheck() {
        assertThat(Plans.risks(top)).containsExactly("read-only", "disruptive", "data-loss");
        assertThat(CliRun.commands(top)).containsSubsequence(
                "kubectl get pvc -n zk data-zookeeper-1 -o jsonpath='{.spec.volumeName}'",
                "kubectl delete pod -n zk zookeeper-1 --force --grace-period=0",
                "kubectl scale statefulset -n zk zookeeper --replicas=0",
                "kubectl delete pvc -n zk data-zookeeper-1",
                "kubectl scale statefulset -n zk zookeeper --replicas=3");
        assertThat(Plans.checks(Plans.firstWithRisk(top, "data-loss")))
                .contains("backup or VolumeSnapshot of the data on data-zookeeper-1");
        assertThat(CliRun.commands(top)).noneMatch(c -> c.contains("claimRef"));
    }

    @Test
    void noCommandKeepsAPlaceholder() {
        assertThat(Plans.anyPlaceholder(top)).isFalse();
    }
}
