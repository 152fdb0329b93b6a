package io.kdiag.facts.snapshot;

import java.util.Map;
import java.util.Set;

/**
 * The API groups that serve each kind kdiag maps. An object whose apiVersion names another group
 * is not that kind (a custom resource may reuse the name {@code Pod}), or was written by hand
 * wrongly; either way it must not silently become the fact it is not.
 */
final class KindGroups {

    private static final Map<String, Set<String>> GROUPS = Map.ofEntries(
            Map.entry("Pod", Set.of("")),
            Map.entry("PersistentVolumeClaim", Set.of("")),
            Map.entry("PersistentVolume", Set.of("")),
            Map.entry("Node", Set.of("")),
            Map.entry("Event", Set.of("", "events.k8s.io")),
            Map.entry("StatefulSet", Set.of("apps")),
            Map.entry("Deployment", Set.of("apps", "extensions")),
            Map.entry("DaemonSet", Set.of("apps", "extensions")),
            Map.entry("ReplicaSet", Set.of("apps", "extensions")),
            Map.entry("VolumeAttachment", Set.of("storage.k8s.io")),
            Map.entry("CSINode", Set.of("storage.k8s.io")),
            Map.entry("VolumeSnapshot", Set.of("snapshot.storage.k8s.io")),
            Map.entry("VolumeSnapshotContent", Set.of("snapshot.storage.k8s.io")),
            Map.entry("ReplicationDestination", Set.of("volsync.backube")));

    private KindGroups() {
    }

    /**
     * Whether {@code apiVersion} may serve {@code kind}. An empty apiVersion fits (hand-written
     * objects and some list items leave it out), and so does any apiVersion of a kind not listed.
     */
    static boolean fits(String kind, String apiVersion) {
        Set<String> groups = GROUPS.get(kind);
        if (groups == null || apiVersion.isEmpty()) {
            return true;
        }
        int slash = apiVersion.indexOf('/');
        return groups.contains(slash < 0 ? "" : apiVersion.substring(0, slash));
    }

    /** The apiVersion a kind is usually served at, for messages. */
    static String usual(String kind) {
        String group = GROUPS.getOrDefault(kind, Set.of("")).stream().sorted().findFirst().orElse("");
        return group.isEmpty() ? "v1" : group + "/v1";
    }
}
