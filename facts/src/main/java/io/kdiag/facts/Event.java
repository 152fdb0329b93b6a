package io.kdiag.facts;

import java.time.Instant;
import java.util.Optional;

/**
 * A Kubernetes Event ({@code v1} or {@code events.k8s.io/v1}).
 *
 * @param namespace the event's namespace
 * @param name the event's name
 * @param type {@code Normal} or {@code Warning}
 * @param reason the reason, for example {@code FailedAttachVolume}
 * @param message the message, without the {@code (combined from similar events): } prefix
 * @param involved the object the event is about
 * @param count how many times it was seen (1 when the event says nothing)
 * @param firstTimestamp when it was first seen, or {@code null}
 * @param lastTimestamp when it was last seen (falls back to the event time and the creation
 *     time), or {@code null}
 * @param component the component that reported it, for example {@code attachdetach-controller}
 * @param source where the event was read
 */
public record Event(
        String namespace,
        String name,
        String type,
        String reason,
        String message,
        ObjectRef involved,
        int count,
        Instant firstTimestamp,
        Instant lastTimestamp,
        String component,
        String source) implements KubeObject {

    @Override
    public ObjectRef ref() {
        return new ObjectRef("Event", namespace, name);
    }

    /** Whether the event is a Warning. */
    public boolean isWarning() {
        return "Warning".equals(type);
    }

    /** The event's best time: its last occurrence, else its first. */
    public Instant time() {
        return lastTimestamp != null ? lastTimestamp : firstTimestamp;
    }

    @Override
    public Optional<Instant> latestTimestamp() {
        return Times.latest(firstTimestamp, lastTimestamp);
    }
}
