package io.kdiag.facts.snapshot;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One Kubernetes object as parsed, before it becomes a fact, with where it was read.
 *
 * @param tree the object's JSON tree
 * @param source {@code file:line} of the object's first line
 * @param capture how the object was captured: on its own, or as one item of a list
 * @param list which list it was an item of (where the list starts), or {@code ""}: the items of
 *     one list that span namespaces were captured across the cluster ({@code kubectl get -A})
 */
record RawObject(ObjectNode tree, String source, Capture capture, String list) {

    /** How an object was captured, which decides what its absence from a snapshot could mean. */
    enum Capture {
        /** Read on its own ({@code kubectl get pod NAME -o yaml}): it says nothing of the others. */
        SINGLE,
        /** An item of a list of its kind ({@code kubectl get nodes}, a dump's list or folder of the kind). */
        LIST,
        /** An item of a list known to hold every object of its kind in every namespace (a capture with {@code -A}). */
        CLUSTER_LIST
    }

    /** An object read on its own. */
    RawObject(ObjectNode tree, String source) {
        this(tree, source, Capture.SINGLE, "");
    }

    /** The same object, read as an item of the list that starts at {@code list}. */
    RawObject inList(String list) {
        return new RawObject(tree, source, Capture.LIST, list);
    }

    /** The same object, captured as {@code wider} says when that says more than its own capture. */
    RawObject widened(Capture wider) {
        return wider.compareTo(capture) > 0 ? new RawObject(tree, source, wider, list) : this;
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
