package io.kdiag.facts.snapshot;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One Kubernetes object as parsed, before it becomes a fact, with where it was read.
 *
 * @param tree the object's JSON tree
 * @param source {@code file:line} of the object's first line
 */
record RawObject(ObjectNode tree, String source) {

    String kind() {
        return tree.path("kind").asText("");
    }

    String apiVersion() {
        return tree.path("apiVersion").asText("");
    }
}
