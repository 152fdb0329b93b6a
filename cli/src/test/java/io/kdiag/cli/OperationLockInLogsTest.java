package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end: the lock and timeout events have aged out; only the provisioner pod's sidecar logs
 * (csi-provisioner, csi-snapshotter, csi-rbdplugin) still show the DeadlineExceeded and the
 * "already exists" refusals.
 */
class OperationLockInLogsTest {

    private static final String PRIME = "vs-prime-052cba72-cd7c-bbaa-5167-b2be87c7391e";
    private static final String LOGS = "operation-lock-in-logs/logs/rook-ceph/csi-rbdplugin-provisioner-6b8f9c7d5-4xk2p/";

    private static CliRun run;
    private static JsonNode top;

    @BeforeAll
    static void analyze() {
        run = CliRun.analyzeJson("operation-lock-in-logs");
        top = run.diagnoses().get(0);
    }

    @Test
    void theLogsAloneTraceTheLockToTheOrphanedSnapshot() {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.json().path("snapshot").path("counts").path("LogLine").asInt()).isEqualTo(15);
        assertThat(run.ids()).containsExactly("orphaned-snapshot-operation-lock");
        assertThat(top.path("rootCause").path("name").asText()).isEqualTo("volsync-home-assistant-src");
        assertThat(top.path("chain").findValuesAsText("id")).containsExactly(
                "restores-waiting", "claims-locked", "provisioner-holds-lock", "lock-after-timeout", "orphaned-snapshots");
        assertThat(top.path("affected").findValuesAsText("name")).contains(PRIME, "prowlarr", "prowlarr-dst");
    }

    @Test
    void everyLinkAfterTheSymptomCitesTheLogLineItRestsOn() {
        JsonNode chain = top.path("chain");
        assertThat(chain.get(1).path("evidence").findValuesAsText("source"))
                .anyMatch(s -> s.contains(LOGS + "csi-provisioner.log:8"));
        assertThat(chain.get(3).path("evidence").findValuesAsText("source"))
                .singleElement().satisfies(s -> assertThat(s).contains(LOGS + "csi-provisioner.log:3"));
        assertThat(chain.get(4).path("evidence").findValuesAsText("source"))
                .anyMatch(s -> s.contains(LOGS + "csi-snapshotter.log:2"));
        assertThat(chain.get(4).path("evidence").findValuesAsText("text"))
                .anyMatch(t -> t.contains("createSnapshot for content") && t.contains("DeadlineExceeded"));
    }

    @Test
    void thePlanNamesTheSnapshotAndTheProvisioner() {
        assertThat(CliRun.commands(top)).contains(
                "kubectl delete volumesnapshot -n home volsync-home-assistant-src",
                "kubectl rollout restart deployment -n rook-ceph csi-rbdplugin-provisioner")
                .noneMatch(c -> c.contains("mosquitto-pre-upgrade"));
        LockPlans.assertNoDaemonSetRestart(CliRun.commands(top));
        LockPlans.assertNoPlaceholder(top);
    }
}
