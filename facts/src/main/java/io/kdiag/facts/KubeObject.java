package io.kdiag.facts;

import java.time.Instant;
import java.util.Optional;

/**
 * What every fact built from a Kubernetes object offers: its reference and where it was read.
 */
public interface KubeObject {

    /** The object's kind, namespace and name. */
    ObjectRef ref();

    /** Where the object was read, as {@code file:line}. */
    String source();

    /** The newest timestamp the object records about the past, used to date a snapshot. */
    default Optional<Instant> latestTimestamp() {
        return Optional.empty();
    }
}
