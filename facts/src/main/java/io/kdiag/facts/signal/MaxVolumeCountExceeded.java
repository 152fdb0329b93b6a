package io.kdiag.facts.signal;

import io.kdiag.facts.Evidence;
import io.kdiag.facts.ObjectRef;
import java.time.Instant;

/**
 * The scheduler found no node for a pod because nodes already have as many volumes as their
 * limit allows: a {@code FailedScheduling} event whose reasons include "node(s) exceed max volume
 * count" (the NodeVolumeLimits plugin, earlier the MaxVolumeCount predicate), for example
 * "0/4 nodes are available: 1 node(s) exceed max volume count, 3 node(s) didn't match Pod's node
 * affinity."
 *
 * @param pod the pod that could not be scheduled
 * @param nodes how many nodes the scheduler says exceed the count, or 0 when it does not say
 * @param totalNodes how many nodes it considered ({@code 0/N nodes are available}), or 0 when it does not say
 * @param count how often the event was reported
 * @param time when it was last reported, or {@code null}
 * @param evidence the event it was read from
 */
public record MaxVolumeCountExceeded(ObjectRef pod, int nodes, int totalNodes, int count, Instant time,
        Evidence evidence) {
}
