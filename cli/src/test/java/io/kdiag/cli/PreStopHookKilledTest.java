package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end, the operators' test report: etcd-cluster-0 (StatefulSet etcd-cluster, 3 replicas,
 * terminationGracePeriodSeconds 300) was deleted at 21:20:45; its preStop hook, which pkills etcd
 * and then sleeps 30 seconds, failed with exit 137 a second later, and at 21:27:10 the pod is
 * still Terminating past its grace period (deletionTimestamp 21:25:45) with its volume attached
 * to knode13. Beside it, build-cache is Terminating too but still within its grace period.
 */
class PreStopHookKilledTest {

    private static final String ATTACHMENT = "csi-1f4518600ef4a5ba3f3fabd9c0eaee9f411a17851df6c71998de4bed03db2e24";

    private static CliRun run;

    @BeforeAll
    static void analyze() {
        run = CliRun.analyzeJson("prestop-hook-killed");
    }

    @Test
    void theKilledHookRanksAboveTheSelfHealingDetach() {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.ids()).containsExactly("prestop-hook-killed", "slow-volume-detach");
    }

    @Test
    void theHookIsTracedToTheStatefulSetThatDeclaresIt() {
        JsonNode hook = run.diagnoses().get(0);
        assertThat(hook.path("rootCause").path("kind").asText()).isEqualTo("StatefulSet");
        assertThat(hook.path("rootCause").path("name").asText()).isEqualTo("etcd-cluster");
        assertThat(hook.path("severity").asText()).isEqualTo("low");
        assertThat(hook.path("confidence").asDouble()).isGreaterThan(0.8);
        assertThat(hook.path("affected").findValuesAsText("name")).containsExactly("etcd-cluster-0", "etcd-cluster");
        assertThat(hook.path("chain").findValuesAsText("id"))
                .containsExactly("prestop-hook-failed", "hook-signals-main-process");
        assertThat(hook.path("chain").get(0).path("evidence").get(0).path("text").asText())
                .startsWith("FailedPreStopHook: Exec lifecycle hook").contains("exited with 137");
        assertThat(hook.path("chain").get(1).path("evidence").get(0).path("text").asText())
                .contains("pkill -TERM etcd", "sleep 30");
    }

    @Test
    void thePlanRemovesTheHookFromTheRealContainerOfTheRealStatefulSet() {
        JsonNode hook = run.diagnoses().get(0);
        assertThat(Plans.risks(hook)).containsExactly("read-only", "disruptive");
        assertThat(CliRun.commands(hook)).contains(
                "kubectl get events -n csi-mount-test --field-selector involvedObject.name=etcd-cluster-0,reason=FailedPreStopHook",
                "kubectl patch statefulset -n csi-mount-test etcd-cluster -p "
                        + "'{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"etcd\",\"lifecycle\":{\"preStop\":null}}]}}}}'",
                "kubectl rollout status statefulset -n csi-mount-test etcd-cluster");
        assertThat(hook.path("prevention").toString()).contains("OrderedReady", "maxUnavailable 1", "SIGTERM");
        assertThat(Plans.anyPlaceholder(hook)).isFalse();
    }

    @Test
    void thePodPastItsGracePeriodWaitsForItsVolumeToDetachAndNeedsOnlyWatching() {
        JsonNode detach = run.diagnoses().get(1);
        assertThat(detach.path("severity").asText()).isEqualTo("info");
        // An attached volume alone is the normal state of a Terminating pod (0.4); the kubelet still
        // listing it in volumesInUse shows the pod really waits for its unmount.
        assertThat(detach.path("confidence").asDouble()).isEqualTo(0.58);
        assertThat(detach.path("confidenceFactors").toString()).contains("status.volumesInUse");
        assertThat(detach.path("rootCause").path("kind").asText()).isEqualTo("VolumeAttachment");
        assertThat(detach.path("rootCause").path("name").asText()).isEqualTo(ATTACHMENT);
        assertThat(detach.path("affected").findValuesAsText("name"))
                .containsExactly("etcd-cluster-0", "etcd-data-etcd-cluster-0", "etcd-cluster");
        assertThat(detach.path("chain").findValuesAsText("id"))
                .containsExactly("terminating-past-grace", "volume-still-attached");
        assertThat(detach.path("chain").get(0).path("summary").asText()).contains("85 seconds after its grace period ended");
        assertThat(Plans.risks(detach)).containsOnly("read-only");
        assertThat(CliRun.commands(detach)).contains(
                "kubectl get pod -n csi-mount-test etcd-cluster-0 -o wide -w",
                "kubectl get volumeattachment " + ATTACHMENT + " -o wide -w",
                "kubectl get node knode13");
        assertThat(Plans.steps(detach).get(1).path("title").asText()).contains("more than 10 minutes");
    }

    @Test
    void aPodStillWithinItsGracePeriodIsNotASlowDetach() {
        assertThat(run.json().path("diagnoses").findValuesAsText("name")).doesNotContain("build-cache-6f8d9c7b5d-qk2wz");
    }

    @Test
    void beforeTheGracePeriodEndsThereIsNoSlowDetachYet() {
        CliRun early = CliRun.analyzeJson("prestop-hook-killed", "--now", "2025-09-15T21:24:00Z");
        assertThat(early.ids()).containsExactly("prestop-hook-killed");
    }

    @Test
    void podsTerminatingFarLongerThanADetachTakesAreNoLongerCalledSelfHealing() {
        CliRun late = CliRun.analyzeJson("prestop-hook-killed", "--now", "2025-09-15T21:45:00Z");

        assertThat(late.ids()).containsExactly("prestop-hook-killed", "slow-volume-detach", "slow-volume-detach");
        assertThat(late.diagnoses().subList(1, 3)).allSatisfy(d -> assertThat(d.path("confidence").asDouble()).isLessThan(0.5));
        // etcd-cluster-0's wait has evidence (its volume in the node's volumesInUse); build-cache's has none.
        assertThat(late.diagnoses().get(1).path("rootCause").path("name").asText()).isEqualTo(ATTACHMENT);
    }
}
