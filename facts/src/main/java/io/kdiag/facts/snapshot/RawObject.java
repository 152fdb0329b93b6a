package io.kdiag.facts.snapshot;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One Kubernetes object as parsed, before it becomes a fact, with where it was read.
 *
 * @param tree the object's JSON tree
 * @param source {@code file:line} of the object's first line
 * @param capture how the object was captured: on its own, or as one item of a list
 */
record RawObject(ObjectNode tree, String source, Capture capture) {

    /** How an object was captured, which decides what its absence from a snapshot could mean. */
    enum Capture {
        /** Read on its own ({@code kubectl get pod NAME -o yaml}): it says nothing of the others. */
        SINGLE,
        /** An item of a list of its kind ({@code kubectl get nodes}, a dump's list or folder of the kind). */
        LIST,
        /** An item of a list whose items span namespaces ({@code kubectl get -A}). */
        CLUSTER_LIST
    }

    /** How the items of one list were captured: across namespaces when they span more than one. */
    static Capture listOf(java.util.List<RawObject> items) {
        return items.stream().map(RawObject::namespace).filter(n -> !n.isEmpty()).distinct().count() > 1
                ? Capture.CLUSTER_LIST : Capture.LIST;
    }

    /** An object read on its own. */
    RawObject(ObjectNode tree, String source) {
        this(tree, source, Capture.SINGLE);
    }

    /** The same object, captured as {@code wider} says when that says more than its own capture. */
    RawObject widened(Capture wider) {
        return wider.compareTo(capture) > 0 ? new RawObject(tree, source, wider) : this;
    }

    String kind() {
        return tree.path("kind").asText("");
    }

    String apiVersion() {
        return tree.path("apiVersion").asText("");
    }

    String namespace() {
        return tree.path("metadata").path("namespace").asText("");
    }
}
