package io.kdiag.facts.lock;

import io.kdiag.facts.Container;
import io.kdiag.facts.Pod;
import java.util.Optional;

/**
 * Finds the external-provisioner sidecar (kubernetes-csi/external-provisioner) in a pod. Charts
 * name its container freely ({@code csi-provisioner}, {@code csi-external-provisioner},
 * {@code provisioner}), so the container is recognised by its name, by its image
 * ({@code .../csi-provisioner:TAG}, or a rebuild such as
 * {@code registry.redhat.io/openshift4/ose-csi-external-provisioner-rhel9}), or by a provisioner
 * container that talks to a CSI socket ({@code --csi-address}).
 */
public final class ExternalProvisioner {

    /** The container name and image name the upstream manifests use. */
    public static final String NAME = "csi-provisioner";

    private ExternalProvisioner() {
    }

    /** Whether the pod runs the external-provisioner sidecar. */
    public static boolean runsIn(Pod pod) {
        return container(pod).isPresent();
    }

    /**
     * The CSI driver the sidecar names with {@code --provisioner=NAME} (releases before 1.0 took
     * the name from this flag), or {@code ""}: later releases ask the driver for its name.
     */
    public static String driverArgument(Pod pod) {
        return container(pod).map(c -> c.argument("--provisioner")).orElse("");
    }

    /**
     * Whether an event's reporting component ({@code DRIVER_HOSTNAME_UUID}) can be this pod's
     * external-provisioner: the host is the pod's name and the pod may serve that driver. Pods
     * of the same name in several namespaces are told apart by the drivers their containers
     * declare; where none declares one, the name is all there is.
     */
    public static boolean reportsAs(Pod pod, String component) {
        String host = ReportingComponent.provisionerHost(component);
        return !host.isEmpty() && host.equals(pod.name())
                && mayServe(pod, ReportingComponent.provisionerDriver(component, host));
    }

    /**
     * Whether the pod may serve a CSI driver: none of its containers declares another one on its
     * command line ({@code --drivername}, {@code --driver-name}, {@code --provisioner}).
     */
    public static boolean mayServe(Pod pod, String driver) {
        return pod.containers().stream().map(Container::declaredDriver).filter(d -> !d.isEmpty()).allMatch(driver::equals);
    }

    private static Optional<Container> container(Pod pod) {
        return pod.containers().stream().filter(ExternalProvisioner::isProvisioner).findFirst();
    }

    private static boolean isProvisioner(Container container) {
        String image = container.imageName();
        return container.name().equals(NAME)
                || image.equals(NAME) || image.contains("external-provisioner")
                || container.name().contains("provisioner") && !container.argument("--csi-address").isEmpty();
    }
}
