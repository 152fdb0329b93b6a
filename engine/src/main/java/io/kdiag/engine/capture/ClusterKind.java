package io.kdiag.engine.capture;

import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.List;

/**
 * One kind {@code kdiag capture} lists: the kinds the bundled playbooks match, and the kinds
 * that tell an operator how storage is set up around them. Secrets are not among them, and never
 * will be: nothing kdiag diagnoses needs a secret's value.
 *
 * <p>{@link #ALL} is the one list both the capture and the RBAC manifest shipped beside it
 * ({@code deploy/rbac.yaml}) are checked against.
 *
 * @param group the API group, {@code ""} for the core group
 * @param version the version read
 * @param resource the plural resource name, as RBAC names it
 * @param kind the kind
 * @param namespaced whether objects of the kind live in namespaces
 */
public record ClusterKind(String group, String version, String resource, String kind, boolean namespaced) {

    /** Every kind a capture lists, in the order it lists them. */
    public static final List<ClusterKind> ALL = List.of(
            core("nodes", "Node", false),
            core("persistentvolumes", "PersistentVolume", false),
            core("persistentvolumeclaims", "PersistentVolumeClaim", true),
            core("pods", "Pod", true),
            core("events", "Event", true),
            new ClusterKind("storage.k8s.io", "v1", "storageclasses", "StorageClass", false),
            new ClusterKind("storage.k8s.io", "v1", "volumeattachments", "VolumeAttachment", false),
            new ClusterKind("storage.k8s.io", "v1", "csidrivers", "CSIDriver", false),
            new ClusterKind("storage.k8s.io", "v1", "csinodes", "CSINode", false),
            new ClusterKind("apps", "v1", "deployments", "Deployment", true),
            new ClusterKind("apps", "v1", "replicasets", "ReplicaSet", true),
            new ClusterKind("apps", "v1", "statefulsets", "StatefulSet", true),
            new ClusterKind("apps", "v1", "daemonsets", "DaemonSet", true),
            new ClusterKind("snapshot.storage.k8s.io", "v1", "volumesnapshots", "VolumeSnapshot", true),
            new ClusterKind("snapshot.storage.k8s.io", "v1", "volumesnapshotcontents", "VolumeSnapshotContent", false),
            new ClusterKind("snapshot.storage.k8s.io", "v1", "volumesnapshotclasses", "VolumeSnapshotClass", false),
            new ClusterKind("volsync.backube", "v1alpha1", "replicationdestinations", "ReplicationDestination", true),
            new ClusterKind("volsync.backube", "v1alpha1", "replicationsources", "ReplicationSource", true));

    /** The sub-resource read for container logs, besides the kinds: {@code get} on {@code pods/log}. */
    public static final String POD_LOG = "pods/log";

    private static ClusterKind core(String resource, String kind, boolean namespaced) {
        return new ClusterKind("", "v1", resource, kind, namespaced);
    }

    /** The {@code apiVersion} of objects of this kind, for example {@code storage.k8s.io/v1}. */
    public String apiVersion() {
        return group.isEmpty() ? version : group + "/" + version;
    }

    /** How warnings name the kind, for example {@code VolumeSnapshot (snapshot.storage.k8s.io/v1)}. */
    public String describe() {
        return kind + " (" + apiVersion() + ")";
    }

    /** The file a capture writes the kind's objects to, for example {@code volumeattachments.storage.k8s.io.yaml}. */
    public String file() {
        return (group.isEmpty() ? resource : resource + "." + group) + ".yaml";
    }

    /** The kind as fabric8's generic resource operations address it (no discovery needed). */
    ResourceDefinitionContext context() {
        return new ResourceDefinitionContext.Builder()
                .withGroup(group).withVersion(version).withPlural(resource).withKind(kind).withNamespaced(namespaced)
                .build();
    }
}
