package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end: the RBD driver holds an operation lock after a backend timeout, while a Longhorn
 * VolumeSnapshot of a deleted claim never completed, and an RBD snapshot of a claim deleted before
 * it was taken never got content. Neither feeds the RBD lock (the first is another driver's, the
 * second never reached the driver): they must not turn the backend outage into "delete
 * snapshots, restart the provisioner". Housekeeping is per driver: the RBD orphan and the
 * Longhorn orphan are one finding each.
 */
class LockUnrelatedOrphanTest {

    private static CliRun run;
    private static JsonNode top;

    @BeforeAll
    static void analyze() {
        run = CliRun.analyzeJson("lock-unrelated-orphan");
        top = run.diagnoses().get(0);
    }

    @Test
    void theLockStaysABackendLockAndTheOrphanIsHousekeeping() {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.ids()).containsExactly("csi-operation-lock", "orphaned-volumesnapshot", "orphaned-volumesnapshot");
        assertThat(top.path("rootCause").path("name").asText()).isEqualTo("csi-rbdplugin-provisioner");
        assertThat(top.path("chain").findValuesAsText("id"))
                .containsExactly("claims-locked", "provisioner-holds-lock", "lock-after-timeout");
        assertThat(top.path("affected").findValuesAsText("name"))
                .doesNotContain("grafana-pre-upgrade", "data-postgres-2-before-scale-down");
        assertThat(run.diagnoses().subList(1, 3)).allMatch(d -> d.path("severity").asText().equals("low"))
                .extracting(d -> d.path("affected").findValuesAsText("name")).containsExactlyInAnyOrder(
                        List.of("data-postgres-2-before-scale-down"), List.of("grafana-pre-upgrade"));
    }

    @Test
    void thePlanChecksTheBackendAndDeletesNoSnapshot() {
        List<String> commands = CliRun.commands(top);
        assertThat(commands).noneMatch(c -> c.contains("volumesnapshot") || c.contains("grafana")
                || c.contains("data-postgres-2"));
        assertThat(Plans.steps(top)).extracting(s -> s.path("title").asText()).containsSubsequence(
                "Check how long the provisioner pods have run",
                "Check that the storage backend answers",
                "Restart only the provisioner Deployment rook-ceph/csi-rbdplugin-provisioner once the backend answers");
        assertThat(Plans.risks(top)).containsExactly(
                "read-only", "read-only", "read-only", "read-only", "disruptive", "read-only", "read-only");
        assertThat(Plans.checks(Plans.firstWithRisk(top, "disruptive")))
                .contains("(step \"Check that the storage backend answers\")");
        LockPlans.assertUptimeCheckFirst(top, "rook-ceph",
                "csi-rbdplugin-provisioner-6b8f9c7d5-4xk2p", "csi-rbdplugin-provisioner-6b8f9c7d5-9tq7m");
        LockPlans.assertChecksNameEarlierSteps(top);
        LockPlans.assertNoDaemonSetRestart(commands);
        LockPlans.assertNoPlaceholder(top);
    }
}
