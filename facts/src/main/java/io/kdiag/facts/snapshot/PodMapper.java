package io.kdiag.facts.snapshot;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerState;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.kdiag.facts.KubeObject;
import io.kdiag.facts.Pod;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** Maps a fabric8 {@code Pod} to the {@link Pod} fact. */
final class PodMapper implements KindMapper {

    @Override
    public KubeObject map(RawObject raw, KubernetesSerialization serialization) {
        var pod = serialization.convertValue(raw.tree(), io.fabric8.kubernetes.api.model.Pod.class);
        ObjectMeta meta = pod.getMetadata();
        PodSpec spec = pod.getSpec() == null ? new PodSpec() : pod.getSpec();
        PodStatus status = pod.getStatus() == null ? new PodStatus() : pod.getStatus();
        return new Pod(
                Meta.text(meta.getNamespace()),
                meta.getName(),
                Meta.text(meta.getUid()),
                Meta.text(spec.getNodeName()),
                Meta.text(status.getPhase()),
                Meta.owners(meta),
                claimNames(spec),
                Meta.map(meta.getLabels()),
                Meta.instant(meta.getCreationTimestamp()),
                Meta.instant(status.getStartTime()),
                Meta.instant(meta.getDeletionTimestamp()),
                spec.getTerminationGracePeriodSeconds(),
                waitingReasons(status),
                ready(status),
                preStopHooks(spec),
                containers(spec, status),
                raw.source());
    }

    private static List<io.kdiag.facts.Container> containers(PodSpec spec, PodStatus status) {
        Map<String, ContainerStatus> statuses = new HashMap<>();
        Meta.list(status.getContainerStatuses()).forEach(s -> statuses.putIfAbsent(Meta.text(s.getName()), s));
        return Meta.list(spec.getContainers()).stream()
                .filter(c -> c.getName() != null)
                .map(c -> container(c, statuses.get(c.getName())))
                .toList();
    }

    private static io.kdiag.facts.Container container(Container spec, ContainerStatus status) {
        List<String> args = Meta.list(spec.getArgs()).stream().filter(Objects::nonNull).toList();
        String image = Meta.text(spec.getImage());
        if (status == null) {
            return new io.kdiag.facts.Container(spec.getName(), image, args);
        }
        ContainerState state = status.getState() == null ? new ContainerState() : status.getState();
        String stateName = state.getRunning() != null ? "running"
                : state.getWaiting() != null ? "waiting"
                : state.getTerminated() != null ? "terminated" : "";
        String reason = state.getWaiting() != null ? Meta.text(state.getWaiting().getReason())
                : state.getTerminated() != null ? Meta.text(state.getTerminated().getReason()) : "";
        String last = status.getLastState() == null || status.getLastState().getTerminated() == null ? ""
                : Meta.text(status.getLastState().getTerminated().getReason());
        return new io.kdiag.facts.Container(spec.getName(), image, args, Boolean.TRUE.equals(status.getReady()),
                Meta.number(status.getRestartCount()), stateName, reason, last);
    }

    private static List<String> claimNames(PodSpec spec) {
        return Meta.list(spec.getVolumes()).stream()
                .map(Volume::getPersistentVolumeClaim)
                .filter(Objects::nonNull)
                .map(c -> c.getClaimName())
                .filter(Objects::nonNull)
                .toList();
    }


    private static List<String> waitingReasons(PodStatus status) {
        return Stream.concat(Meta.list(status.getInitContainerStatuses()).stream(),
                        Meta.list(status.getContainerStatuses()).stream())
                .map(ContainerStatus::getState)
                .filter(s -> s != null && s.getWaiting() != null && s.getWaiting().getReason() != null)
                .map(s -> s.getWaiting().getReason())
                .toList();
    }

    private static boolean ready(PodStatus status) {
        return Meta.list(status.getConditions()).stream()
                .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
    }

    private static List<String> preStopHooks(PodSpec spec) {
        return Meta.list(spec.getContainers()).stream()
                .filter(c -> c.getLifecycle() != null && c.getLifecycle().getPreStop() != null)
                .map(c -> c.getName() + ": " + hookCommand(c))
                .toList();
    }

    private static String hookCommand(Container container) {
        var hook = container.getLifecycle().getPreStop();
        if (hook.getExec() != null && hook.getExec().getCommand() != null) {
            return String.join(" ", hook.getExec().getCommand());
        }
        if (hook.getSleep() != null && hook.getSleep().getSeconds() != null) {
            return "sleep " + hook.getSleep().getSeconds();
        }
        return hook.getHttpGet() != null ? "httpGet" : "";
    }
}
