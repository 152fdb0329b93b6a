package io.kdiag.facts.lock;

/**
 * Reads which CSI driver an event's reporting component speaks for. The external-provisioner
 * reports as {@code DRIVER_HOSTNAME_UUID} (the provisioner library's component is the provisioner
 * name, the host name, which in a pod is the pod's name, and a UUID, joined by {@code _}); the
 * external-snapshotter sidecar reports as {@code csi-snapshotter DRIVER}.
 */
public final class ReportingComponent {

    private static final String SNAPSHOTTER = "csi-snapshotter ";

    private ReportingComponent() {
    }

    /**
     * The driver a provisioner pod reports events for, or {@code ""} when the component is not
     * that pod's external-provisioner.
     */
    public static String provisionerDriver(String component, String podName) {
        return provisionerHost(component).equals(podName) ? component.split("_")[0] : "";
    }

    /**
     * The host name (the pod's name) an external-provisioner reports events from, or {@code ""}
     * when the component is not {@code DRIVER_HOSTNAME_UUID}.
     */
    public static String provisionerHost(String component) {
        String[] parts = component.split("_");
        return parts.length == 3 && !parts[0].isEmpty() && !parts[2].isEmpty() ? parts[1] : "";
    }

    /** The driver a csi-snapshotter sidecar reports events for, or {@code ""} when it is another component. */
    public static String snapshotterDriver(String component) {
        return component.startsWith(SNAPSHOTTER) ? component.substring(SNAPSHOTTER.length()).strip() : "";
    }
}
