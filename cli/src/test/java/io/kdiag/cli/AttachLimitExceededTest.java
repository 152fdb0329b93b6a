package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * End to end: pods that no node has room for, because the nodes hold as many volumes of a CSI
 * driver as their CSINode allows. The plan reads the counts first, on the cluster's own node and
 * driver names; a refused attach is rescheduled only after the checks say another node has room.
 */
class AttachLimitExceededTest {

    private static JsonNode top(String fixture) {
        CliRun run = CliRun.analyzeJson(fixture);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.diagnoses()).isNotEmpty();
        return run.diagnoses().get(0);
    }

    @Test
    void nodesAtTheirCsiNodeCountLeaveAPodUnschedulable() {
        JsonNode top = top("attach-limit-unschedulable");

        assertThat(top.path("rank").asInt()).isEqualTo(1);
        assertThat(top.path("id").asText()).isEqualTo("attach-limit-exceeded");
        assertThat(top.path("rootCause").path("kind").asText()).isEqualTo("CSIDriver");
        assertThat(top.path("rootCause").path("name").asText()).isEqualTo("dobs.csi.digitalocean.com");
        assertThat(top.path("confidence").asDouble()).isEqualTo(0.85);
        assertThat(top.path("chain").findValuesAsText("id"))
                .containsExactly("pod-unschedulable-volume-limit", "nodes-at-attach-limit");
        assertThat(top.path("chain").get(1).path("evidence").findValuesAsText("text")).containsExactly(
                "spec.drivers[dobs.csi.digitalocean.com].allocatable.count: 7; 7 VolumeAttachments of"
                        + " dobs.csi.digitalocean.com name node pool-ingest-k3x9a (7 attached, 0 not attached)",
                "spec.drivers[dobs.csi.digitalocean.com].allocatable.count: 7; 7 VolumeAttachments of"
                        + " dobs.csi.digitalocean.com name node pool-ingest-k3x9q (7 attached, 0 not attached)");
        assertThat(Plans.risks(top)).containsOnly("read-only");
        assertThat(Plans.steps(top)).extracting(s -> s.path("title").asText()).containsExactly(
                "See how many dobs.csi.digitalocean.com volumes each node may have attached",
                "Count the dobs.csi.digitalocean.com attachments on each node",
                "See which pods hold the slots on pool-ingest-k3x9a, pool-ingest-k3x9q",
                "Look for attachments that hold slots for nothing",
                "Check whether StatefulSet ingest spreads its pods over nodes");
        assertThat(Plans.commands(Plans.steps(top).get(0))).first().isEqualTo("kubectl get csinode -o custom-columns="
                + "'NODE:.metadata.name,LIMIT:.spec.drivers[?(@.name==\"dobs.csi.digitalocean.com\")].allocatable.count'");
        assertThat(Plans.commands(Plans.steps(top).get(1))).first().isEqualTo("kubectl get volumeattachments -o"
                + " custom-columns=DRIVER:.spec.attacher,NODE:.spec.nodeName --no-headers"
                + " | grep '^dobs.csi.digitalocean.com ' | sort | uniq -c");
        assertThat(Plans.commands(Plans.steps(top).get(2))).containsExactly(
                "kubectl get pods -A -o wide --field-selector spec.nodeName=pool-ingest-k3x9a",
                "kubectl get pods -A -o wide --field-selector spec.nodeName=pool-ingest-k3x9q");
        assertThat(top.path("verification").get(0).asText()).isEqualTo("kubectl get pod -n logs ingest-14 -o wide");
        assertThat(CliRun.commands(top)).noneMatch(c -> c.contains("delete"));
        assertThat(Plans.anyPlaceholder(top)).isFalse();
    }

    @Test
    void anAttachRefusedBelowTheCsiNodeCountIsLessCertainAndReschedulesOnlyAfterTheChecks() {
        JsonNode top = top("attach-limit-attach-refused");

        assertThat(top.path("id").asText()).isEqualTo("attach-limit-exceeded");
        assertThat(top.path("rootCause").path("name").asText()).isEqualTo("disk.csi.azure.com");
        assertThat(top.path("confidence").asDouble()).isEqualTo(0.6);
        assertThat(top.path("chain").findValuesAsText("id")).containsExactly("attach-over-limit");
        assertThat(top.path("chain").get(0).path("evidence").findValuesAsText("text"))
                .anyMatch(t -> t.contains("The maximum number of data disks allowed to be attached to a VM of this size is 4."));
        assertThat(Plans.risks(top)).containsExactly("read-only", "read-only", "read-only", "read-only", "disruptive");
        JsonNode reschedule = Plans.firstWithRisk(top, "disruptive");
        assertThat(Plans.commands(reschedule)).containsExactly("kubectl delete pod -n default web-4");
        assertThat(Plans.checks(reschedule)).contains("fewer disk.csi.azure.com attachments than its allocatable count")
                .contains("aks-small-27184930-vmss000000");
        assertThat(CliRun.commands(top)).contains("kubectl describe pod -n default web-4");
        assertThat(Plans.anyPlaceholder(top)).isFalse();
    }

    @Test
    void aBusyNodeBelowItsCountAndAPodPendingForMemoryAreNotAVolumeLimit() {
        CliRun run = CliRun.analyzeJson("attach-limit-not-reached");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.ids()).doesNotContain("attach-limit-exceeded");
    }

    @Test
    void rulesListAndExplainKnowThePlaybook() {
        assertThat(CliRun.of("rules", "list").out()).contains("attach-limit-exceeded  [builtin]");
        CliRun explain = CliRun.of("explain", "attach-limit-exceeded");

        assertThat(explain.exitCode()).as(explain.err()).isZero();
        assertThat(explain.out()).startsWith("attach-limit-exceeded (").contains("Plan:").contains("References:")
                .contains("exceed max volume count");
        assertThat(List.of(explain.out().split("\n"))).anyMatch(l -> l.contains("CSINode"));
        assertThat(explain.out()).contains("node(s) exceed max volume count");
    }
}
