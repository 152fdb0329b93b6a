package io.kdiag.facts;

import java.util.List;

/**
 * One app container of a pod's spec.
 *
 * @param name the container's name, for example {@code csi-provisioner}
 * @param image the image it runs, for example {@code registry.k8s.io/sig-storage/csi-provisioner:v5.0.1}
 * @param args its {@code args}, in order (for a CSI sidecar, for example {@code --csi-address=$(ADDRESS)})
 */
public record Container(String name, String image, List<String> args) {

    /** Copies the arguments so the fact stays immutable. */
    public Container {
        args = List.copyOf(args);
    }

    /**
     * The image's repository without registry, path and tag: {@code csi-provisioner} for
     * {@code registry.k8s.io/sig-storage/csi-provisioner:v5.0.1@sha256:...}.
     */
    public String imageName() {
        String withoutDigest = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
        String last = withoutDigest.substring(withoutDigest.lastIndexOf('/') + 1);
        return last.contains(":") ? last.substring(0, last.indexOf(':')) : last;
    }

    /** The value of a {@code --name=value} argument, or {@code ""} when the container has none. */
    public String argument(String flag) {
        String prefix = flag + "=";
        return args.stream().filter(a -> a.startsWith(prefix)).map(a -> a.substring(prefix.length())).findFirst()
                .orElse("");
    }
}
