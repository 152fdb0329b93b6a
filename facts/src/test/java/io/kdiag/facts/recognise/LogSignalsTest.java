package io.kdiag.facts.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import io.kdiag.facts.LogLine;
import io.kdiag.facts.ObjectRef;
import io.kdiag.facts.signal.ForceDetach;
import io.kdiag.facts.signal.MultiAttachConflict;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LogSignalsTest {

    private static final ObjectRef KCM = new ObjectRef("Pod", "kube-system", "kube-controller-manager-master-1");
    private static final Instant AT = Instant.parse("2025-04-21T19:54:28.043345Z");

    private static LogLine line(String text) {
        return new LogLine(text, AT, "W", KCM, "kube-controller-manager", "kcm.log:17");
    }

    static Stream<Arguments> forceDetaches() {
        return Stream.of(
                Arguments.of("attacherDetacher.DetachVolume started for volume \"pvc-15715c91-3e52-4b47-88dd-8fda2c868ae7\" "
                        + "(UniqueName: \"kubernetes.io/csi/csi.vsphere.vmware.com^607cc6d1-79d3-4a65-8f79-48020a6ebfae\") "
                        + "on node \"dev-k8s-w1-2\" This volume is not safe to detach, but maxWaitForUnmountDuration 6m0s "
                        + "expired, force detaching",
                        "pvc-15715c91-3e52-4b47-88dd-8fda2c868ae7",
                        "kubernetes.io/csi/csi.vsphere.vmware.com^607cc6d1-79d3-4a65-8f79-48020a6ebfae", "6m0s"),
                Arguments.of("\"attacherDetacher.DetachVolume started: this volume is not safe to detach, but "
                        + "maxWaitForUnmountDuration expired, force detaching\" duration=\"6m0s\" node=\"dev-k8s-w1-2\" "
                        + "volumeName=\"kubernetes.io/csi/csi.vsphere.vmware.com^607cc6d1-79d3-4a65-8f79-48020a6ebfae\"",
                        "", "kubernetes.io/csi/csi.vsphere.vmware.com^607cc6d1-79d3-4a65-8f79-48020a6ebfae", "6m0s"));
    }

    @ParameterizedTest
    @MethodSource("forceDetaches")
    void recognisesAForceDetachInBothWordings(String text, String volume, String uniqueName, String waited) {
        assertThat(LogSignals.recognise(line(text))).singleElement().isInstanceOfSatisfying(ForceDetach.class, f -> {
            assertThat(f.node()).isEqualTo("dev-k8s-w1-2");
            assertThat(f.volume()).isEqualTo(volume);
            assertThat(f.uniqueName()).isEqualTo(uniqueName);
            assertThat(f.waited()).isEqualTo(waited);
            assertThat(f.time()).isEqualTo(AT);
            assertThat(f.evidence().source()).isEqualTo("kcm.log:17");
            assertThat(f.evidence().object()).isEqualTo(KCM);
        });
    }

    static Stream<Arguments> multiAttachConflicts() {
        return Stream.of(
                Arguments.of("Multi-Attach error for volume \"pvc-b39248ab-5a99-439b-ad6f-780aae30626c\" (UniqueName: "
                        + "\"kubernetes.io/csi/cstor.csi.openebs.io^pvc-b39248ab-5a99-439b-ad6f-780aae30626c\") from node "
                        + "\"csi-node1\" Volume is already exclusively attached to node csi-node2 and can't be attached to another",
                        "pvc-b39248ab-5a99-439b-ad6f-780aae30626c", "csi-node1", new String[] {"csi-node2"}),
                Arguments.of("Multi-Attach error for volume \"pvc-7f68\" (UniqueName: \"kubernetes.io/cinder/3d2f\") from node "
                        + "\"worker-a\" Volume is already used by pods web/nginx-7b4d5d9fd-nqgfz on node worker-b",
                        "pvc-7f68", "worker-a", new String[] {"worker-b"}),
                Arguments.of("\"Multi-Attach error: volume is already exclusively attached and can't be attached to another node\" "
                        + "attachedTo=[\"node-b\",\"node-c\"]", "", "", new String[] {"node-b", "node-c"}));
    }

    @ParameterizedTest
    @MethodSource("multiAttachConflicts")
    void recognisesTheControllersMultiAttachReportWithTheHoldingNodes(String text, String volume, String node,
            String[] holders) {
        assertThat(LogSignals.recognise(line(text))).singleElement().isInstanceOfSatisfying(MultiAttachConflict.class,
                m -> {
                    assertThat(m.volume()).isEqualTo(volume);
                    assertThat(m.node()).isEqualTo(node);
                    assertThat(m.holderNodes()).containsExactly(holders);
                });
    }

    @Test
    void otherAttachDetachLinesCarryNoSignal() {
        assertThat(LogSignals.recognise(line("attacherDetacher.DetachVolume started for volume \"pvc-1\" "
                + "(UniqueName: \"kubernetes.io/csi/x^1\") on node \"n1\""))).isEmpty();
        assertThat(LogSignals.recognise(line("Multi-Attach error for volume \"pvc-1\" Volume is already exclusively "
                + "attached to one node and can't be attached to another"))).isEmpty();
    }

    @Test
    void aConflictIsLaterOnlyWhenBothTimesAreKnown() {
        MultiAttachConflict early = new MultiAttachConflict("pvc-1", "", "a", java.util.List.of("b"), AT, null);
        MultiAttachConflict late = new MultiAttachConflict("pvc-1", "", "a", java.util.List.of("b"), AT.plusSeconds(60), null);
        MultiAttachConflict undated = new MultiAttachConflict("pvc-1", "", "a", java.util.List.of("b"), null, null);

        assertThat(late.isLaterThan(early)).isTrue();
        assertThat(early.isLaterThan(late)).isFalse();
        assertThat(undated.isLaterThan(early)).isFalse();
        assertThat(late.isLaterThan(undated)).isFalse();
    }
}
