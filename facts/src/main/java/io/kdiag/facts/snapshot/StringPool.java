package io.kdiag.facts.snapshot;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * One copy of each value that many objects repeat (namespaces, node names, drivers, kinds), so
 * a snapshot of a large cluster keeps each once rather than once per object. Only the values of
 * the fields named here are pooled, and the pool stops growing at a bound: names that are unique
 * per object (pod names, UIDs) would only cost memory in it.
 */
final class StringPool {

    /** Fields whose values repeat across objects. */
    private static final Set<String> POOLED_FIELDS = Set.of(
            "namespace", "nodeName", "driver", "kind", "apiVersion", "attacher", "provisioner",
            "storageClassName", "phase", "type", "status", "reason", "component", "host",
            "reportingComponent", "reportingInstance", "claimName", "volumeMode", "fsType",
            "serviceAccountName", "schedulerName", "restartPolicy", "dnsPolicy", "imagePullPolicy",
            "pod-template-hash", "app", "app.kubernetes.io/name", "image");

    private static final int MAX_VALUES = 200_000;
    private static final int MAX_VALUE_CHARS = 256;

    private final Map<String, String> values = new HashMap<>();

    /** Whether values of this field are pooled. */
    static boolean pools(String field) {
        return field != null && POOLED_FIELDS.contains(field);
    }

    /** The pooled copy of {@code value}, adding it while the pool has room. */
    String intern(String value) {
        if (value.length() > MAX_VALUE_CHARS) {
            return value;
        }
        String pooled = values.get(value);
        if (pooled != null) {
            return pooled;
        }
        if (values.size() < MAX_VALUES) {
            values.put(value, value);
        }
        return value;
    }
}
