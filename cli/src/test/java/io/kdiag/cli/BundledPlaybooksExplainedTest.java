package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code kdiag rules list} and {@code kdiag explain} on bundled playbooks: each is listed as
 * builtin with its diagnosis, and explained with its plan, its references and the words a cluster
 * shows for it. What each playbook concludes on a snapshot is in its cases ({@code cases/} beside
 * its DRL).
 */
class BundledPlaybooksExplainedTest {

    @ParameterizedTest
    @CsvSource({
        "attach-limit-exceeded, attach-limit-exceeded, node(s) exceed max volume count",
        "attach-limit-exceeded, attach-limit-exceeded, CSINode",
        "volume-expansion-stuck, volume-expansion-stuck, FileSystemResizePending",
        "volume-node-affinity-conflict, volume-node-affinity-conflict, node(s) had volume node affinity conflict",
        "volumeattachment-stuck-deleting, volumeattachment-stuck-deleting, Plan:",
        "pvc-stuck-terminating, pvc-stuck-terminating, Plan:",
        "pv-released-stale-claimref, pv-released-stale-claimref, Plan:",
        "provisioner-unavailable, provisioner-unavailable, Plan:",
        "storageclass-missing, storageclass-missing, Plan:",
        "csi-driver-not-registered, csi-driver-not-registered, Plan:",
        "fenced-node-mount-failure, fenced-node-mount-failure, Plan:"})
    void rulesListShowsThePlaybookAndExplainDescribesItsDiagnosis(String playbook, String id, String shown) {
        assertThat(CliRun.of("rules", "list").out()).contains(playbook + "  [builtin]").contains("    " + id + ": ");
        CliRun explain = CliRun.of("explain", id);

        assertThat(explain.exitCode()).as(explain.err()).isZero();
        assertThat(explain.out()).startsWith(id + " (").contains("Plan:").contains("References:").contains(shown);
    }
}
