package io.kdiag.facts.snapshot;

import io.kdiag.facts.KubeObject;

/** Turns the raw tree of one kind of Kubernetes object into its fact. */
interface KindMapper {

    /**
     * Maps one object.
     *
     * @throws IllegalArgumentException when the object's fields do not have the expected types
     */
    KubeObject map(RawObject raw);
}
