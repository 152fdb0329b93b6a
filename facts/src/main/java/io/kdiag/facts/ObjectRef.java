package io.kdiag.facts;

import java.util.Comparator;
import java.util.Objects;

/**
 * A reference to one Kubernetes object by kind, namespace and name.
 *
 * <p>Cluster-scoped objects (Node, PersistentVolume, VolumeAttachment) have an empty namespace,
 * never {@code null}. References order by kind, then namespace, then name.
 *
 * @param kind the Kubernetes kind, for example {@code Pod} or {@code VolumeAttachment}
 * @param namespace the namespace, or {@code ""} for cluster-scoped objects
 * @param name the object's name
 */
public record ObjectRef(String kind, String namespace, String name) implements Comparable<ObjectRef> {

    private static final Comparator<ObjectRef> ORDER = Comparator.comparing(ObjectRef::kind)
            .thenComparing(ObjectRef::namespace)
            .thenComparing(ObjectRef::name);

    /** Normalises a missing namespace to {@code ""}. */
    public ObjectRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        namespace = namespace == null ? "" : namespace;
    }

    /** A reference to a cluster-scoped object. */
    public static ObjectRef cluster(String kind, String name) {
        return new ObjectRef(kind, "", name);
    }

    /** {@code namespace/name}, or just {@code name} for cluster-scoped objects. */
    public String qualifiedName() {
        return namespace.isEmpty() ? name : namespace + "/" + name;
    }

    @Override
    public int compareTo(ObjectRef other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return kind + " " + qualifiedName();
    }
}
