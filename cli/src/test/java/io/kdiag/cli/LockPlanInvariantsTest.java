package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every plan of the operation-lock playbooks holds, whatever the scenario: the uptime check
 * comes first, checks name the earlier step they rely on, only the provisioner restarts and no
 * text keeps a placeholder. What each scenario's report says is in its case's {@code expect.yaml}.
 */
class LockPlanInvariantsTest {

    private static final List<String> LOCK_IDS = List.of("csi-operation-lock", "orphaned-snapshot-operation-lock");

    @ParameterizedTest
    @ValueSource(strings = {"csi-operation-lock", "lock-provisioner-statefulset", "lock-unrelated-orphan", "lock-two-drivers",
            "operation-lock-in-logs", "orphaned-snapshot-operation-lock"})
    void everyLockPlanChecksUptimeFirstNamesEarlierStepsAndRestartsOnlyTheProvisioner(String fixture) {
        CliRun run = CliRun.analyzeJson(fixture);
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> locks = run.diagnoses().stream().filter(d -> LOCK_IDS.contains(d.path("id").asText())).toList();

        assertThat(locks).isNotEmpty().allSatisfy(lock -> {
            LockPlans.assertUptimeCheckFirst(lock);
            LockPlans.assertChecksNameEarlierSteps(lock);
            LockPlans.assertNoDaemonSetRestart(CliRun.commands(lock));
            LockPlans.assertNoPlaceholder(lock);
        });
    }
}
