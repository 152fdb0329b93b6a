package io.kdiag.facts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A CSINode ({@code storage.k8s.io/v1}): the CSI drivers the kubelet of one node has registered,
 * each with the number of its volumes the node can have attached. The kubelet writes it when a
 * driver's node plugin registers; the object has the node's name.
 *
 * @param name the node's name
 * @param drivers the registered drivers ({@code spec.drivers}), in the object's order
 * @param creationTimestamp when the object was created, or {@code null}
 * @param source where the object was read
 */
public record CsiNode(String name, List<CsiNodeDriver> drivers, Instant creationTimestamp, String source)
        implements KubeObject {

    /** Copies the list so the fact stays immutable. */
    public CsiNode {
        drivers = List.copyOf(drivers);
    }

    @Override
    public ObjectRef ref() {
        return ObjectRef.cluster("CSINode", name);
    }

    @Override
    public Optional<Instant> latestTimestamp() {
        return Times.latest(creationTimestamp);
    }
}
