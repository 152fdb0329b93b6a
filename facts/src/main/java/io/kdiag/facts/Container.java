package io.kdiag.facts;

import java.util.List;

/**
 * One app container of a pod: what it runs and how it is doing ({@code spec.containers[]} with
 * its {@code status.containerStatuses[]} entry).
 *
 * @param name the container's name, for example {@code csi-provisioner}
 * @param image the image it runs, for example {@code registry.k8s.io/sig-storage/csi-provisioner:v5.0.1}
 * @param args its {@code args}, in order (for a CSI sidecar, for example {@code --csi-address=$(ADDRESS)})
 * @param ready whether the container is ready
 * @param restartCount how often it has restarted
 * @param state {@code running}, {@code waiting} or {@code terminated}, or {@code ""} when the
 *     pod has no status for it
 * @param reason the reason of a waiting or terminated state, for example
 *     {@code CrashLoopBackOff} or {@code ImagePullBackOff}, or {@code ""}
 * @param lastTerminationReason why the previous run ended, for example {@code Error} or
 *     {@code OOMKilled}, or {@code ""}
 */
public record Container(
        String name,
        String image,
        List<String> args,
        boolean ready,
        int restartCount,
        String state,
        String reason,
        String lastTerminationReason) {

    /** Copies the arguments so the fact stays immutable. */
    public Container {
        args = List.copyOf(args);
    }

    /** A container known from its spec alone: not ready, no restarts, no state read. */
    public Container(String name, String image, List<String> args) {
        this(name, image, args, false, 0, "", "", "");
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

    /**
     * The CSI driver or provisioner name the container is given on its command line
     * ({@code --drivername}, {@code --driver-name}, or the csi-provisioner's old
     * {@code --provisioner} flag), or {@code ""}.
     */
    public String declaredDriver() {
        for (String flag : List.of("--drivername", "--driver-name", "--provisioner")) {
            if (!argument(flag).isEmpty()) {
                return argument(flag);
            }
        }
        return "";
    }

    /**
     * The CSI driver a node-driver-registrar container registers with the kubelet: the folder of
     * its {@code --kubelet-registration-path}, for example {@code rook-ceph.rbd.csi.ceph.com} in
     * {@code /var/lib/kubelet/plugins/rook-ceph.rbd.csi.ceph.com/csi.sock}, or {@code ""}.
     */
    public String registeredDriver() {
        String path = argument("--kubelet-registration-path");
        String[] parts = path.split("/");
        return parts.length >= 2 ? parts[parts.length - 2] : "";
    }

    /** Whether the container runs and is ready. */
    public boolean isRunningAndReady() {
        return ready && "running".equals(state);
    }
}
