package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * End to end on snapshots built from public wordings that kdiag once misread: a NotFound under
 * {@code code = Internal}, a quoted volume ID, a NotFound for an instance, an older kubelet's
 * preStop wording, and a Multi-Attach whose event has aged out.
 */
class RealWordingsEndToEndTest {

    @Test
    void ebsReportsTheMissingVolumeUnderCodeInternal() {
        CliRun run = CliRun.analyzeJson("csi-backend-volume-missing-ebs-internal");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.ids()).first().isEqualTo("csi-backend-volume-missing");
        assertThat(run.ids()).doesNotContain("csi-volume-handle-mismatch");
        JsonNode top = run.diagnoses().get(0);
        assertThat(top.path("rootCause").path("name").asText()).isEqualTo("pvc-e3d18bb4-98a7-474a-a636-68e933b6a572");
        assertThat(verdict(top, "volume-id-is-handle"))
                .contains("The ID the driver cannot find, vol-0610bdf1017a8d7a8, is the volume's own handle");
    }

    @Test
    void theSameEbsWordingForAnotherHandleIsAMismatch() {
        CliRun run = CliRun.analyzeJson("csi-volume-handle-mismatch-ebs-internal");

        assertThat(run.ids()).first().isEqualTo("csi-volume-handle-mismatch");
        assertThat(run.ids()).doesNotContain("csi-backend-volume-missing");
    }

    @Test
    void mayastorsQuotedIdIsThePersistentVolumesHandle() {
        CliRun run = CliRun.analyzeJson("csi-backend-volume-missing-mayastor");

        assertThat(run.ids()).first().isEqualTo("csi-backend-volume-missing");
        assertThat(run.ids()).doesNotContain("csi-volume-handle-mismatch");
        assertThat(verdict(run.diagnoses().get(0), "volume-id-is-handle"))
                .contains("The ID the driver cannot find, 4222d3d2-b6f1-4961-a874-a33510888be3, is the volume's own handle");
    }

    /** The summary of the chain link with this id. */
    private static String verdict(JsonNode diagnosis, String linkId) {
        for (JsonNode link : diagnosis.path("chain")) {
            if (linkId.equals(link.path("id").asText())) {
                return link.path("summary").asText();
            }
        }
        return "";
    }

    @Test
    void aMissingInstanceNeverLeadsToAPlanThatRecreatesTheClaim() {
        CliRun run = CliRun.analyzeJson("csi-attach-instance-not-found");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.ids()).doesNotContain("csi-backend-volume-missing", "csi-volume-handle-mismatch");
        run.diagnoses().forEach(d -> assertThat(CliRun.commands(d))
                .noneMatch(c -> c.startsWith("kubectl delete pvc") || c.startsWith("kubectl delete persistentvolumeclaim")));
    }

    @Test
    void anOlderKubeletsKilledPreStopHookIsDiagnosed() {
        CliRun run = CliRun.analyzeJson("prestop-hook-killed-old-kubelet");

        assertThat(run.ids()).first().isEqualTo("prestop-hook-killed");
        JsonNode top = run.diagnoses().get(0);
        assertThat(top.path("rootCause").path("name").asText()).isEqualTo("spark-pi-driver");
        assertThat(top.path("chain").toString()).contains("exited with 137");
    }

    @Test
    void aStaleAttachmentIsFoundAfterTheMultiAttachEventAgedOut() {
        CliRun run = CliRun.analyzeJson("multi-attach-aged-out-stale");

        assertThat(run.ids()).first().isEqualTo("stale-volumeattachment");
        assertThat(run.ids()).doesNotContain("node-down-volume-attached");
        JsonNode top = run.diagnoses().get(0);
        assertThat(top.path("chain").findValuesAsText("id")).first().isEqualTo("volume-not-attached-in-time");
        assertThat(top.path("confidenceFactors").toString())
                .contains("the kubelet keeps reporting volumes of pod bigid-cache-0 unattached")
                .contains("node ip-13-118-40-12.ec2.internal still lists pvc-2f6c1e0b-7d3a-4c9e-b8a5-1e4f7d2c9b36");
    }

    @Test
    void aDownNodeIsFoundAfterTheMultiAttachEventAgedOutAndEveryKindOfEvidenceCounts() {
        CliRun run = CliRun.analyzeJson("multi-attach-aged-out-node-down");

        assertThat(run.ids()).first().isEqualTo("node-down-volume-attached");
        assertThat(run.ids()).doesNotContain("stale-volumeattachment");
        JsonNode top = run.diagnoses().get(0);
        assertThat(top.path("rootCause").path("name").asText()).isEqualTo("ip-13-118-40-12.ec2.internal");
        assertThat(top.path("chain").findValuesAsText("id"))
                .containsExactly("volume-not-attached-in-time", "claim-bound-volume", "volume-attached-elsewhere",
                        "holder-node-down");
        assertThat(top.path("confidenceFactors").toString())
                .contains("the kubelet keeps reporting volumes of pod bigid-cache-0 unattached")
                .contains("kube-controller-manager logged pvc-2f6c1e0b-7d3a-4c9e-b8a5-1e4f7d2c9b36 attached to")
                .contains("node ip-13-118-40-12.ec2.internal still lists");
    }

    @Test
    void withNoEventAtAllTheObjectsStillShowTheStaleAttachment() {
        CliRun run = CliRun.analyzeJson("multi-attach-no-events-stale");

        assertThat(run.ids()).first().isEqualTo("stale-volumeattachment");
        JsonNode top = run.diagnoses().get(0);
        assertThat(top.path("chain").findValuesAsText("id")).first().isEqualTo("pod-waits-for-volume");
        assertThat(top.path("confidenceFactors").toString()).doesNotContain("kubelet keeps reporting")
                .contains("node ip-13-118-40-12.ec2.internal still lists");
    }
}
