package io.kdiag.facts.lock;

import io.kdiag.facts.KubeObject;
import io.kdiag.facts.ObjectRef;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** How plans name objects: each once, in reference order, as {@code namespace/name} or as kubectl arguments. */
public final class ObjectNames {

    private ObjectNames() {
    }

    /** The objects once each, in reference order. */
    public static <T extends KubeObject> List<T> inOrder(Collection<T> objects) {
        return objects.stream().distinct().sorted(Comparator.comparing(KubeObject::ref)).toList();
    }

    /** {@code namespace/name} of each object, in reference order. */
    public static List<String> qualified(Collection<? extends KubeObject> objects) {
        return inOrder(objects).stream().map(o -> o.ref().qualifiedName()).toList();
    }

    /** {@code -n namespace name} of each object, in reference order. */
    public static List<String> kubectlArgs(Collection<? extends KubeObject> objects) {
        return inOrder(objects).stream().map(o -> kubectlArgs(o.ref())).toList();
    }

    /** {@code -n namespace name}. */
    public static String kubectlArgs(ObjectRef ref) {
        return "-n " + ref.namespace() + " " + ref.name();
    }
}
