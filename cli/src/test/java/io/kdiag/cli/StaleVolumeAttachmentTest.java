package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** End to end: a StatefulSet pod moved in a rolling update, its VolumeAttachment stayed on the old node. */
class StaleVolumeAttachmentTest {

    private static final String ATTACHMENT = "csi-11741546bd918747bc5bda29217feb2bd9524847cf60c058fb11e7b624997732";

    @Test
    void ranksTheStaleAttachmentFirstWithAPlanOnItsRealName() {
        CliRun run = CliRun.analyzeJson("stale-volumeattachment");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode top = run.diagnoses().get(0);
        assertThat(top.path("id").asText()).isEqualTo("stale-volumeattachment");
        assertThat(top.path("rootCause").path("kind").asText()).isEqualTo("VolumeAttachment");
        assertThat(top.path("rootCause").path("name").asText()).isEqualTo(ATTACHMENT);
        assertThat(top.path("confidence").asDouble()).isGreaterThan(0.8);
        assertThat(top.path("affected").findValuesAsText("name")).contains("sonarr-0", "config-sonarr-0", "sonarr");
        assertThat(CliRun.commands(top)).contains("kubectl delete volumeattachment " + ATTACHMENT);
        assertThat(top.path("chain").findValuesAsText("id"))
                .containsExactly("multi-attach-error", "claim-bound-volume", "volume-attached-elsewhere", "holder-node-ready");
    }

    @Test
    void theSymptomAloneIsFoldedIntoItsRootCause() {
        assertThat(CliRun.analyzeJson("stale-volumeattachment").ids()).doesNotContain("multi-attach-error");
    }

    @Test
    void aSingleReplicaStatefulSetWithNoReadyPodIsCritical() {
        JsonNode top = CliRun.analyzeJson("stale-volumeattachment").diagnoses().get(0);
        assertThat(top.path("severity").asText()).isEqualTo("critical");
    }

    @Test
    void noCommandKeepsAPlaceholder() {
        CliRun.analyzeJson("stale-volumeattachment").diagnoses()
                .forEach(d -> assertThat(CliRun.commands(d)).noneMatch(c -> c.matches(".*[<{][A-Za-z-]+[>}].*")));
    }

    @Test
    void withoutClaimsVolumesAndAttachmentsTheSymptomStandsAloneAndThePlanSaysWhatToCapture() {
        CliRun run = CliRun.analyzeJson("multi-attach-unexplained");

        assertThat(run.ids()).containsExactly("multi-attach-error");
        JsonNode only = run.diagnoses().get(0);
        assertThat(only.path("severity").asText()).isEqualTo("critical");
        assertThat(only.path("confidence").asDouble()).isEqualTo(0.5);
        assertThat(CliRun.commands(only)).anyMatch(c -> c.startsWith("kubectl get pv,volumeattachments,nodes"))
                .contains("kubectl get volumeattachment -o wide | grep pvc-40b33f89-d2f2-423a-a774-293b9a96cfec");
    }
}
