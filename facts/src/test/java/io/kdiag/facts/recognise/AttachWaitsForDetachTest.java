package io.kdiag.facts.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import io.kdiag.facts.Event;
import io.kdiag.facts.ObjectRef;
import io.kdiag.facts.signal.AttachWaitsForDetach;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AttachWaitsForDetachTest {

    private static final ObjectRef POD = new ObjectRef("Pod", "shop", "orders-7d9f-abcde");
    private static final Instant AT = Instant.parse("2025-11-03T19:40:01Z");

    private static Event event(String message) {
        return new Event("shop", "orders.1", "Warning", "FailedAttachVolume", message, POD, 252, AT, AT,
                "attachdetach-controller", "events.yaml:7");
    }

    @Test
    void recognisesTheAttachThatWaitsForTheOldAttachmentsDeletion() {
        AttachWaitsForDetach waits = EventSignals.attachWaitsForDetach(event(
                "AttachVolume.Attach failed for volume \"pvc-5ce576eb-9dc3-4223-bdc5-96fe820f36c2\" : volume attachment is being deleted"))
                .orElseThrow();

        assertThat(waits.pod()).isEqualTo(POD);
        assertThat(waits.volume()).isEqualTo("pvc-5ce576eb-9dc3-4223-bdc5-96fe820f36c2");
        assertThat(EventSignals.recognise(event(
                "AttachVolume.Attach failed for volume \"pvc-5ce576eb-9dc3-4223-bdc5-96fe820f36c2\" : volume attachment is being deleted")))
                .hasAtLeastOneElementOfType(AttachWaitsForDetach.class);
    }

    @Test
    void anotherAttachFailureIsNotADetachWait() {
        assertThat(EventSignals.attachWaitsForDetach(event(
                "AttachVolume.Attach failed for volume \"pvc-1\" : rpc error: code = Internal desc = boom"))).isEmpty();
    }
}
