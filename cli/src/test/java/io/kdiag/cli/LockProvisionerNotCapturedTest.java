package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end, a namespace-scoped export: the claim's events show the CSI operation lock, reported
 * by a provisioner pod the snapshot does not hold. The lock is still diagnosed, less certain than
 * with the provisioner in hand, and its plan finds the provisioner first, by the name the events
 * give, with no step that needs a name the snapshot cannot give.
 */
class LockProvisionerNotCapturedTest {

    private static CliRun run;
    private static JsonNode top;

    @BeforeAll
    static void analyze() {
        run = CliRun.analyzeJson("lock-provisioner-not-captured");
        top = run.diagnoses().get(0);
    }

    @Test
    void theLockIsReportedWithTheDriverAsItsRootCauseAndLessCertainty() {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.ids()).containsExactly("csi-operation-lock");
        assertThat(top.path("rootCause").path("kind").asText()).isEqualTo("CSIDriver");
        assertThat(top.path("rootCause").path("name").asText()).isEqualTo("rook-ceph.rbd.csi.ceph.com");
        assertThat(top.path("confidence").asDouble()).isEqualTo(0.5);
        assertThat(top.path("chain").findValuesAsText("id")).containsExactly("claims-locked", "provisioner-not-in-snapshot");
        assertThat(top.path("chain").get(1).path("summary").asText())
                .contains("reported the refusals as pod csi-rbdplugin-provisioner-6b8f9c7d5-4xk2p");
        assertThat(top.path("chain").get(1).path("evidence").findValuesAsText("text")).containsExactly(
                "source.component: rook-ceph.rbd.csi.ceph.com_csi-rbdplugin-provisioner-6b8f9c7d5-4xk2p_"
                        + "a6955c6f-f1e6-e17c-beb4-e17d0221a860");
    }

    @Test
    void thePlanFindsTheProvisionerFirstAndNamesNothingItCannotKnow() {
        assertThat(Plans.risks(top)).containsExactly("read-only");
        assertThat(CliRun.commands(top)).containsExactly(
                "kubectl get pods -A -o wide --field-selector metadata.name=csi-rbdplugin-provisioner-6b8f9c7d5-4xk2p",
                "kubectl get deploy,sts -A -o wide | grep csi-provisioner",
                "kubectl describe pvc -n db data-postgres-1");
        assertThat(top.path("verification").toString()).isEqualTo("[\"kubectl get pvc -n db data-postgres-1\"]");
        assertThat(Plans.anyPlaceholder(top)).isFalse();
    }

    @Test
    void withTheProvisionerInTheSnapshotTheSameLockIsSurerAndRestartsIt() {
        CliRun whole = CliRun.analyzeJson("csi-operation-lock");

        JsonNode lock = whole.diagnoses().stream().filter(d -> d.path("id").asText().equals("csi-operation-lock"))
                .findFirst().orElseThrow();
        assertThat(lock.path("confidence").asDouble()).isGreaterThan(top.path("confidence").asDouble());
        assertThat(CliRun.commands(lock)).contains(
                "kubectl rollout restart deployment -n rook-ceph csi-rbdplugin-provisioner");
        assertThat(CliRun.commands(lock)).noneMatch(c -> c.contains("--field-selector metadata.name="));
    }
}
