package io.kdiag.facts.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes what kdiag must never read from an object as soon as it is parsed, before any other
 * code sees it: everything of a Secret but its metadata, and embedded copies of whole objects
 * (which may be copies of Secrets) such as
 * {@code kubectl.kubernetes.io/last-applied-configuration}.
 */
final class Redaction {

    private static final Set<String> SECRET_KINDS = Set.of("Secret", "SecretList");
    private static final Set<String> EMBEDDED_COPIES = Set.of(
            "kubectl.kubernetes.io/last-applied-configuration",
            "kapp.k14s.io/original",
            "objectset.rio.cattle.io/applied");

    private Redaction() {
    }

    /** Strips the object in place. */
    static void apply(ObjectNode object) {
        if (SECRET_KINDS.contains(object.path("kind").asText(""))) {
            object.retain("apiVersion", "kind", "metadata");
        }
        if (!(object.get("metadata") instanceof ObjectNode metadata)) {
            return;
        }
        metadata.remove("managedFields");
        if (metadata.get("annotations") instanceof ObjectNode annotations) {
            annotations.remove(embeddedCopies(annotations));
        }
    }

    /** Whether an annotation of this name is known to hold a copy of a whole object. */
    static boolean isEmbeddedCopy(String annotation) {
        return EMBEDDED_COPIES.contains(annotation);
    }

    /** The known copy annotations, and any annotation whose value is a serialised Kubernetes object. */
    private static List<String> embeddedCopies(ObjectNode annotations) {
        List<String> keys = new ArrayList<>();
        for (Map.Entry<String, JsonNode> annotation : annotations.properties()) {
            String value = annotation.getValue().asText("").strip();
            if (EMBEDDED_COPIES.contains(annotation.getKey())
                    || value.startsWith("{") && value.contains("\"kind\"")
                    || value.startsWith("apiVersion:") || value.contains("\nkind:")) {
                keys.add(annotation.getKey());
            }
        }
        return keys;
    }
}
