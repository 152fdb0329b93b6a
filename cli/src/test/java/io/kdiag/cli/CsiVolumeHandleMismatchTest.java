package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end: a ZooKeeper pod stuck in Init:0/2 because Cinder cannot find volume c747bd14-...,
 * while its PersistentVolume's volumeHandle names another volume (the mapping is corrupt).
 */
class CsiVolumeHandleMismatchTest {

    private static final String PV = "pvc-8d6c1f4e-2b3a-4c5d-8e7f-9a0b1c2d3e4f";
    private static final String HANDLE = "3f9a6b2c-1d4e-4b8a-9c7f-5e2d1a0b6c84";
    private static final String MISSING = "c747bd14-7d23-4616-b796-0958a0e16dad";

    private static CliRun run;
    private static JsonNode top;

    @BeforeAll
    static void analyze() {
        run = CliRun.analyzeJson("csi-volume-handle-mismatch");
        top = run.diagnoses().get(0);
    }

    @Test
    void theMismatchIsTheOnlyDiagnosisAndNotMistakenForAMissingVolume() {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.ids()).containsExactly("csi-volume-handle-mismatch");
    }

    @Test
    void itTracesThePodToThePersistentVolumeWhoseHandleDiffers() {
        assertThat(top.path("rootCause").path("kind").asText()).isEqualTo("PersistentVolume");
        assertThat(top.path("rootCause").path("name").asText()).isEqualTo(PV);
        assertThat(top.path("severity").asText()).isEqualTo("high");
        assertThat(top.path("confidence").asDouble()).isEqualTo(0.8);
        assertThat(top.path("affected").findValuesAsText("name"))
                .containsExactly("zookeeper-1", "data-zookeeper-1", "zookeeper");
        assertThat(top.path("chain").findValuesAsText("id"))
                .containsExactly("attach-not-found", "claim-volume-handle", "volume-id-differs");
        assertThat(top.path("title").asText()).contains(PV, HANDLE, MISSING);
        assertThat(top.path("chain").get(0).path("evidence").get(0).path("text").asText())
                .contains("code = NotFound", MISSING);
    }

    @Test
    void thePlanFollowsTheOperatorsOrderOnTheRealNames() {
        assertThat(Plans.risks(top)).containsExactly("read-only", "disruptive", "disruptive", "data-loss");
        assertThat(CliRun.commands(top)).containsSubsequence(
                "kubectl get pv " + PV + " -o jsonpath='{.spec.csi.volumeHandle}'",
                "kubectl delete pod -n zk zookeeper-1 --force --grace-period=0",
                "kubectl patch pv " + PV + " -p '{\"spec\":{\"persistentVolumeReclaimPolicy\":\"Retain\"}}'",
                "kubectl scale statefulset -n zk zookeeper --replicas=0",
                "kubectl delete pvc -n zk data-zookeeper-1 --ignore-not-found",
                "kubectl patch pv " + PV + " --type json -p '[{\"op\":\"remove\",\"path\":\"/spec/claimRef\"}]'",
                "kubectl scale statefulset -n zk zookeeper --replicas=3");
    }

    @Test
    void theRebindClearsTheClaimReferenceOnlyOnceTheOldClaimIsGoneAndScalesUpOnlyOnceTheNewOneIsBound() {
        // Clearing claimRef while the old claim is still Bound lets the PV controller bind it straight back.
        assertThat(Plans.steps(top).get(2).path("commands")).extracting(JsonNode::asText).containsExactly(
                "kubectl patch pv " + PV + " -p '{\"spec\":{\"persistentVolumeReclaimPolicy\":\"Retain\"}}'",
                "kubectl get pvc -n zk data-zookeeper-1 -o json | jq 'del(.metadata.uid, .metadata.resourceVersion, "
                        + ".metadata.creationTimestamp, .metadata.managedFields, .metadata.finalizers, "
                        + ".metadata.deletionTimestamp, .metadata.deletionGracePeriodSeconds, "
                        + ".metadata.annotations[\"pv.kubernetes.io/bind-completed\"], "
                        + ".metadata.annotations[\"pv.kubernetes.io/bound-by-controller\"], .status) "
                        + "| .spec.volumeName = \"" + PV + "\"' > data-zookeeper-1-pvc.json",
                "kubectl scale statefulset -n zk zookeeper --replicas=0",
                "kubectl wait --for=delete pod/zookeeper-1 -n zk --timeout=10m",
                "kubectl delete pvc -n zk data-zookeeper-1 --ignore-not-found",
                "kubectl wait --for=delete pvc/data-zookeeper-1 -n zk --timeout=5m",
                "kubectl patch pv " + PV + " --type json -p '[{\"op\":\"remove\",\"path\":\"/spec/claimRef\"}]'",
                "kubectl annotate pv " + PV + " pv.kubernetes.io/bound-by-controller-",
                "kubectl create -f data-zookeeper-1-pvc.json",
                "kubectl wait --for=jsonpath='{.status.phase}'=Bound pvc/data-zookeeper-1 -n zk --timeout=2m",
                "kubectl scale statefulset -n zk zookeeper --replicas=3");
        assertThat(CliRun.commands(top)).noneMatch(c -> c.contains("\"claimRef\":null"));
    }

    @Test
    void theDataKeepingRebindComesBeforeTheDataLossStepWhichChecksForABackup() {
        assertThat(Plans.steps(top).get(2).path("title").asText()).contains("data-zookeeper-1", "keeps the data");
        JsonNode recreate = Plans.firstWithRisk(top, "data-loss");
        assertThat(recreate.path("title").asText()).contains("DATA LOSS");
        assertThat(Plans.checks(recreate)).contains("backup or VolumeSnapshot of the data on data-zookeeper-1",
                "reclaim policy Delete", HANDLE);
    }

    @Test
    void noCommandKeepsAPlaceholder() {
        assertThat(Plans.anyPlaceholder(top)).isFalse();
    }
}
