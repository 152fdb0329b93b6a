package io.kdiag.engine.capture;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeCondition;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.storage.VolumeAttachment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.HashSet;
import java.util.stream.Stream;

/**
 * Which container logs a capture reads: those the playbooks find signals in.
 * <ul>
 *   <li>CSI controller pods (a pod running a CSI sidecar: external-provisioner, -attacher,
 *       -snapshotter, -resizer), every container: the sidecars log the gRPC errors and operation
 *       locks, the driver beside them logs why;</li>
 *   <li>kube-controller-manager, where the cluster shows it as a pod (self-managed control
 *       planes): its attach-detach controller logs force detaches and Multi-Attach decisions;</li>
 *   <li>CSI node plugin pods (a pod running node-driver-registrar), every container, but only on
 *       nodes the snapshot shows in trouble: not Ready, tainted unreachable or out-of-service,
 *       holding an attachment that reports an error, or running a pod with a failed mount or
 *       attach event.</li>
 * </ul>
 */
final class LogSelection {

    /** One container log to read, and why. */
    record Wanted(String namespace, String pod, String container, String reason) {
    }

    private static final Set<String> CONTROLLER_SIDECARS =
            Set.of("csi-provisioner", "csi-attacher", "csi-snapshotter", "csi-resizer");
    private static final String NODE_REGISTRAR = "csi-node-driver-registrar";
    private static final String CONTROLLER_MANAGER = "kube-controller-manager";
    private static final Set<String> TROUBLE_TAINTS =
            Set.of("node.kubernetes.io/unreachable", "node.kubernetes.io/not-ready", "node.kubernetes.io/out-of-service");
    private static final Set<String> TROUBLE_EVENTS = Set.of("FailedMount", "FailedAttachVolume");

    private LogSelection() {
    }

    /** The logs to read, in a stable order. */
    static List<Wanted> select(List<Pod> pods, List<Node> nodes, List<VolumeAttachment> attachments, List<Event> events) {
        Set<String> troubled = troubledNodes(pods, nodes, attachments, events);
        List<Wanted> wanted = new ArrayList<>();
        for (Pod pod : pods) {
            String reason = reason(pod, troubled);
            if (reason != null) {
                for (Container container : pod.getSpec().getContainers()) {
                    wanted.add(new Wanted(pod.getMetadata().getNamespace(), pod.getMetadata().getName(),
                            container.getName(), reason));
                }
            }
        }
        wanted.sort(Comparator.comparing(Wanted::namespace).thenComparing(Wanted::pod).thenComparing(Wanted::container));
        return wanted;
    }

    private static String reason(Pod pod, Set<String> troubled) {
        if (pod.getSpec() == null || pod.getSpec().getContainers() == null) {
            return null;
        }
        if (runs(pod, CONTROLLER_SIDECARS)) {
            return "CSI controller";
        }
        if (isControllerManager(pod)) {
            return CONTROLLER_MANAGER;
        }
        if (runs(pod, Set.of(NODE_REGISTRAR)) && troubled.contains(pod.getSpec().getNodeName())) {
            return "CSI node plugin on node " + pod.getSpec().getNodeName();
        }
        return null;
    }

    private static boolean runs(Pod pod, Set<String> programs) {
        return pod.getSpec().getContainers().stream()
                .anyMatch(c -> programs.contains(c.getName()) || programs.contains(imageName(c.getImage())));
    }

    /** {@code registry.k8s.io/sig-storage/csi-provisioner:v5.1.0} is {@code csi-provisioner}. */
    static String imageName(String image) {
        if (image == null) {
            return "";
        }
        String path = image.split("@", 2)[0];
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.split(":", 2)[0];
    }

    private static boolean isControllerManager(Pod pod) {
        Map<String, String> labels = Objects.requireNonNullElse(pod.getMetadata().getLabels(), Map.of());
        return "kube-system".equals(pod.getMetadata().getNamespace())
                && (CONTROLLER_MANAGER.equals(labels.get("component"))
                        || pod.getSpec().getContainers().stream().anyMatch(c -> CONTROLLER_MANAGER.equals(c.getName())));
    }

    private static Set<String> troubledNodes(List<Pod> pods, List<Node> nodes, List<VolumeAttachment> attachments,
            List<Event> events) {
        Set<String> troubled = new HashSet<>();
        for (Node node : nodes) {
            if (!ready(node) || tainted(node)) {
                troubled.add(node.getMetadata().getName());
            }
        }
        for (VolumeAttachment attachment : attachments) {
            var status = attachment.getStatus();
            if (status != null && (status.getAttachError() != null || status.getDetachError() != null)) {
                troubled.add(attachment.getSpec().getNodeName());
            }
        }
        Map<String, String> podNodes = new HashMap<>();
        for (Pod pod : pods) {
            if (pod.getSpec() != null && pod.getSpec().getNodeName() != null) {
                podNodes.put(pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName(), pod.getSpec().getNodeName());
            }
        }
        for (Event event : events) {
            var object = event.getInvolvedObject();
            if (TROUBLE_EVENTS.contains(event.getReason()) && object != null && "Pod".equals(object.getKind())) {
                String node = podNodes.get(object.getNamespace() + "/" + object.getName());
                if (node != null) {
                    troubled.add(node);
                }
            }
        }
        troubled.remove(null);
        return troubled;
    }

    private static boolean ready(Node node) {
        List<NodeCondition> conditions = node.getStatus() == null ? null : node.getStatus().getConditions();
        return Stream.ofNullable(conditions).flatMap(List::stream)
                .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
    }

    private static boolean tainted(Node node) {
        return node.getSpec() != null && node.getSpec().getTaints() != null
                && node.getSpec().getTaints().stream().anyMatch(t -> TROUBLE_TAINTS.contains(t.getKey()));
    }
}
