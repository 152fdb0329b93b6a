package io.kdiag.facts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A pod, reduced to what storage playbooks need.
 *
 * @param namespace the pod's namespace
 * @param name the pod's name
 * @param uid the pod's UID
 * @param nodeName the node the pod is scheduled to ({@code spec.nodeName}), or {@code ""}
 * @param phase {@code status.phase}: Pending, Running, Succeeded, Failed or Unknown
 * @param owners the pod's owner references
 * @param claimNames the names of the PersistentVolumeClaims its volumes use, in spec order
 * @param labels the pod's labels
 * @param creationTimestamp when the pod object was created, or {@code null}
 * @param startTime {@code status.startTime}, or {@code null}
 * @param deletionTimestamp {@code metadata.deletionTimestamp}: the end of the grace period
 *     (request time plus grace period), or {@code null} when the pod is not being deleted
 * @param terminationGracePeriodSeconds the grace period, or {@code null} when unset
 * @param waitingReasons the {@code state.waiting.reason} of every init and app container that
 *     is waiting, for example {@code ContainerCreating}
 * @param ready whether the pod's Ready condition is True
 * @param preStopHooks the containers that declare a preStop hook, each as
 *     {@code container: command}
 * @param containers the pod's app containers, in spec order (for example the
 *     {@code csi-provisioner} sidecar in a CSI controller pod), with their arguments and states
 * @param source where the pod was read
 */
public record Pod(
        String namespace,
        String name,
        String uid,
        String nodeName,
        String phase,
        List<Owner> owners,
        List<String> claimNames,
        Map<String, String> labels,
        Instant creationTimestamp,
        Instant startTime,
        Instant deletionTimestamp,
        Long terminationGracePeriodSeconds,
        List<String> waitingReasons,
        boolean ready,
        List<String> preStopHooks,
        List<Container> containers,
        String source) implements KubeObject {

    /** Copies the lists and maps so the fact stays immutable. */
    public Pod {
        owners = List.copyOf(owners);
        claimNames = List.copyOf(claimNames);
        labels = Map.copyOf(labels);
        waitingReasons = List.copyOf(waitingReasons);
        preStopHooks = List.copyOf(preStopHooks);
        containers = List.copyOf(containers);
    }

    @Override
    public ObjectRef ref() {
        return new ObjectRef("Pod", namespace, name);
    }

    /** Whether the pod is being deleted (it shows as Terminating). */
    public boolean isTerminating() {
        return deletionTimestamp != null;
    }

    /** The controlling owner (the StatefulSet, ReplicaSet, DaemonSet or Job), if any. */
    public Optional<Owner> controller() {
        return owners.stream().filter(Owner::controller).findFirst()
                .or(() -> owners.stream().findFirst());
    }

    /** The name of the controlling owner, or {@code ""} when the pod has none. */
    public String controllerName() {
        return controller().map(Owner::name).orElse("");
    }

    /** The app container of this name, if the pod runs one. */
    public Optional<Container> container(String containerName) {
        return containers.stream().filter(c -> c.name().equals(containerName)).findFirst();
    }

    /** Whether the pod's controlling owner is of this kind, for example {@code StatefulSet}. */
    public boolean isControlledBy(String kind) {
        return controller().map(o -> o.kind().equals(kind)).orElse(false);
    }

    /** The names of the pod's app containers, in spec order. */
    public List<String> containerNames() {
        return containers.stream().map(Container::name).toList();
    }

    /** Whether the pod runs an app container of this name. */
    public boolean runsContainer(String containerName) {
        return containers.stream().anyMatch(c -> c.name().equals(containerName));
    }

    /** Whether the pod mounts the named claim. */
    public boolean usesClaim(String claimName) {
        return claimNames.contains(claimName);
    }

    /** Whether the pod mounts a claim that the other pod, in the same namespace, mounts too. */
    public boolean sharesClaimWith(Pod other) {
        return namespace.equals(other.namespace) && claimNames.stream().anyMatch(other.claimNames::contains);
    }

    @Override
    public Optional<Instant> latestTimestamp() {
        return Times.latest(creationTimestamp, startTime);
    }
}
