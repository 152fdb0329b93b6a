package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end, a drain: redis-cache's old pod on the cordoned node is still Terminating 3.5
 * minutes past its 30-second grace period with its EBS volume attached there, and its
 * replacement on another node is refused with Multi-Attach. The attachment is not stale: it is
 * being released, and the replacement will attach once it is.
 */
class SlowVolumeDetachDrainTest {

    private static final String ATTACHMENT = "csi-3e1b663adbc9018d8316ab5b74ec171cdc52ed92b16f2a56522a2afc7b4cfc0e";

    private static CliRun run;

    @BeforeAll
    static void analyze() {
        run = CliRun.analyzeJson("slow-volume-detach-drain");
    }

    @Test
    void theSelfHealingDetachRanksFirstAndTheStaleAttachmentIsOnlyAnUnlikelyDifferential() {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.ids()).containsExactly("slow-volume-detach", "stale-volumeattachment");
        JsonNode stale = run.diagnoses().get(1);
        assertThat(stale.path("confidence").asDouble()).isLessThan(0.5);
        assertThat(stale.path("rootCause").path("name").asText()).isEqualTo(ATTACHMENT);
    }

    @Test
    void theReplacementsMultiAttachCorroboratesTheDetachInProgress() {
        JsonNode detach = run.diagnoses().get(0);
        assertThat(detach.path("severity").asText()).isEqualTo("info");
        assertThat(detach.path("confidence").asDouble()).isGreaterThan(0.6);
        assertThat(detach.path("rootCause").path("name").asText()).isEqualTo(ATTACHMENT);
        assertThat(detach.path("affected").findValuesAsText("name"))
                .containsExactly("redis-cache-6b7c8d9f5-4xk2p", "redis-cache-data", "redis-cache");
        assertThat(detach.path("chain").get(0).path("summary").asText()).contains("210 seconds after its grace period ended");
        assertThat(Plans.risks(detach)).containsOnly("read-only");
        assertThat(CliRun.commands(detach)).contains("kubectl get pod -n cache redis-cache-6b7c8d9f5-4xk2p -o wide -w",
                "kubectl get node ip-10-0-1-17.ec2.internal");
        assertThat(CliRun.commands(detach)).noneMatch(c -> c.startsWith("kubectl delete"));
    }
}
