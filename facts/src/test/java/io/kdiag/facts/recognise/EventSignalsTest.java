package io.kdiag.facts.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import io.kdiag.facts.Event;
import io.kdiag.facts.ObjectRef;
import io.kdiag.facts.signal.AttachSucceeded;
import io.kdiag.facts.signal.MultiAttachError;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventSignalsTest {

    private static Event event(String reason, String message) {
        return new Event("ns", "e", "Warning", reason, message, new ObjectRef("Pod", "ns", "p"), 1,
                Instant.parse("2025-11-03T19:00:00Z"), Instant.parse("2025-11-03T19:10:00Z"), "attachdetach-controller",
                "events.yaml:1");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Multi-Attach error for volume \"pvc-1\" Volume is already exclusively attached to one node and can't be attached to another",
        "Multi-Attach error for volume \"pvc-1\" (UniqueName: \"kubernetes.io/csi/d^h\") from node \"a\" Volume is already exclusively attached to node b and can't be attached to another",
        "Multi-Attach error for volume \"pvc-1\" Volume is already used by pod(s) nginx-7b4d5d9fd-nqgfz"})
    void everyMultiAttachWordingIsRecognised(String message) {
        MultiAttachError error = EventSignals.multiAttach(event("FailedAttachVolume", message)).orElseThrow();
        assertThat(error.volume()).isEqualTo("pvc-1");
        assertThat(error.pod()).isEqualTo(new ObjectRef("Pod", "ns", "p"));
        assertThat(error.evidence().source()).isEqualTo("events.yaml:1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Volume is already used by pod(s) nginx-7b4d5d9fd-nqgfz|nginx-7b4d5d9fd-nqgfz|",
        "Volume is already used by pod(s) web-0, web-1|web-0 web-1|",
        "from node \"a\" Volume is already exclusively attached to node b and can't be attached to another||b"})
    void holdersAreReadFromTheMessage(String tail, String pods, String node) {
        MultiAttachError error = EventSignals.multiAttach(
                event("FailedAttachVolume", "Multi-Attach error for volume \"pvc-1\" " + tail)).orElseThrow();
        assertThat(String.join(" ", error.holderPods())).isEqualTo(pods == null ? "" : pods);
        assertThat(error.holderNode()).isEqualTo(node == null ? "" : node);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "AttachVolume.Attach failed for volume \"pvc-1\" : rpc error: code = NotFound desc = not found",
        "Unable to attach or mount volumes: unmounted volumes=[data]: timed out waiting for the condition"})
    void otherAttachMessagesAreNotMultiAttach(String message) {
        assertThat(EventSignals.multiAttach(event("FailedAttachVolume", message))).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aSuccessfulAttachResolvesAnEarlierMultiAttachOfTheSameVolume() {
        AttachSucceeded attach = EventSignals.attachSucceeded(
                event("SuccessfulAttachVolume", "AttachVolume.Attach succeeded for volume \"pvc-1\" ")).orElseThrow();
        MultiAttachError error = EventSignals.multiAttach(event("FailedAttachVolume",
                "Multi-Attach error for volume \"pvc-1\" Volume is already exclusively attached to one node")).orElseThrow();
        MultiAttachError other = EventSignals.multiAttach(event("FailedAttachVolume",
                "Multi-Attach error for volume \"pvc-2\" Volume is already exclusively attached to one node")).orElseThrow();
        assertThat(attach.resolves(error)).isTrue();
        assertThat(attach.resolves(other)).isFalse();
    }
}
