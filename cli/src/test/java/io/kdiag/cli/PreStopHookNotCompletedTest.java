package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end, a newer kubelet: the event only says "PreStopHook failed"; the kubelet log says
 * "PreStop hook not completed in grace period" (gracePeriod=60) and "PreStop hook failed ...
 * exited with 137" for an api-gateway pod whose hook sleeps 120 seconds. The pod mounts no
 * volume, so its termination is not a slow detach.
 */
class PreStopHookNotCompletedTest {

    private static CliRun run;
    private static JsonNode top;

    @BeforeAll
    static void analyze() {
        run = CliRun.analyzeJson("prestop-hook-not-completed");
        top = run.diagnoses().get(0);
    }

    @Test
    void theHookThatOutlivesTheGracePeriodIsTracedToTheDeploymentThroughItsReplicaSet() {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.ids()).containsExactly("prestop-hook-killed");
        assertThat(run.json().path("snapshot").path("counts").path("LogLine").asInt()).isEqualTo(5);
        assertThat(top.path("rootCause").path("kind").asText()).isEqualTo("Deployment");
        assertThat(top.path("rootCause").path("name").asText()).isEqualTo("api-gateway");
        assertThat(top.path("affected").findValuesAsText("name")).containsExactly("api-gateway-7c9d8b6f5-mx2lq", "api-gateway");
        assertThat(top.path("chain").findValuesAsText("id")).containsExactly("prestop-hook-failed", "hook-outlives-grace-period");
        assertThat(top.path("chain").get(1).path("summary").asText()).contains("120 seconds", "grace period of 60 seconds");
        assertThat(top.path("chain").findValuesAsText("source")).anyMatch(s -> s.endsWith("kubelet.log:4"));
    }

    @Test
    void thePlanPatchesTheDeploymentNotTheReplicaSet() {
        assertThat(Plans.risks(top)).containsExactly("read-only", "disruptive");
        assertThat(CliRun.commands(top)).contains(
                "kubectl patch deployment -n payments api-gateway -p "
                        + "'{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"gateway\",\"lifecycle\":{\"preStop\":null}}]}}}}'",
                "kubectl rollout status deployment -n payments api-gateway");
        assertThat(Plans.anyPlaceholder(top)).isFalse();
    }
}
