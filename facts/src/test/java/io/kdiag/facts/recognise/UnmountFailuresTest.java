package io.kdiag.facts.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import io.kdiag.facts.Event;
import io.kdiag.facts.ObjectRef;
import io.kdiag.facts.signal.UnmountFailed;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Failed unmounts, as the kubelet reports them. */
class UnmountFailuresTest {

    private static final ObjectRef POD = new ObjectRef("Pod", "es", "mon-elasticsearch-master-0");

    @Test
    void theKubeletsTearDownErrorIsAFailedUnmountWhateverTheReason() {
        // The kubelet's wording (NetApp/trident issue 572).
        Event event = event(POD, "FailedMount", "UnmountVolume.TearDown failed for volume \"mon-elasticsearch-master\""
                + " (UniqueName: \"kubernetes.io/csi/csi.trident.netapp.io^pvc-80a43fd6-9066-4b98-8a86-5de82fe2cf1b\")"
                + " pod \"97a388a2-3dd4-4ca0-9694-72683feeea4d\" (UID: \"97a388a2-3dd4-4ca0-9694-72683feeea4d\") :"
                + " kubernetes.io/csi: mounter.TearDownAt failed: rpc error: code = NotFound desc = volume not mounted");

        assertThat(UnmountFailures.fromEvent(event)).get().extracting(UnmountFailed::pod).isEqualTo(POD);
        assertThat(EventSignals.recognise(event)).hasAtLeastOneElementOfType(UnmountFailed.class);
    }

    @Test
    void theFailedUnMountReasonIsAFailedUnmount() {
        assertThat(UnmountFailures.fromEvent(event(POD, "FailedUnMount", "Unable to unmount volume"))).isPresent();
    }

    @Test
    void otherEventsAndEventsAboutOtherKindsAreNot() {
        assertThat(UnmountFailures.fromEvent(event(POD, "FailedMount", "MountVolume.SetUp failed for volume \"data\""))).isEmpty();
        assertThat(UnmountFailures.fromEvent(event(new ObjectRef("Node", "", "worker-1"), "FailedUnMount", "x"))).isEmpty();
    }

    private static Event event(ObjectRef involved, String reason, String message) {
        Instant at = Instant.parse("2025-11-04T08:30:00Z");
        return new Event(involved.namespace(), "e1", "Warning", reason, message, involved, 1, at, at, "kubelet",
                "events.yaml:1");
    }
}
