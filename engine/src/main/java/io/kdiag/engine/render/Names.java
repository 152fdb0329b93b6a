package io.kdiag.engine.render;

/** How every format names an object. */
final class Names {

    private Names() {
    }

    /** {@code namespace/name}, or {@code name} alone for a cluster-scoped object. */
    static String qualified(String namespace, String name) {
        return namespace.isEmpty() ? name : namespace + "/" + name;
    }
}
