package io.kdiag.facts.snapshot;

import io.kdiag.facts.ObjectRef;
import io.kdiag.facts.Pod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Attributes a plain log file (one no dump layout places) to the container that wrote it and,
 * where the snapshot allows, to its pod, so that a playbook can tie its lines to a workload:
 * <ul>
 *   <li>the container: the file's name ({@code csi-provisioner.log}), else the source files its
 *       klog lines name ({@code csi-provisioner.go} is logged only by the external-provisioner,
 *       {@code snapshot_controller.go} by the external-snapshotter);
 *   <li>the pod: a pod of the snapshot whose name is a folder or part of the file's name
 *       ({@code logs/rook-ceph/csi-rbdplugin-provisioner-6b8f9c7d5-4xk2p/csi-provisioner.log}), else
 *       the only pod of the snapshot that runs that container.
 * </ul>
 * Each attribution says how it was made, in words an operator can check.
 *
 * <p>The klog source files are those of the public sources: {@code cmd/csi-provisioner/csi-provisioner.go}
 * (kubernetes-csi/external-provisioner), {@code pkg/controller/csi_handler.go}
 * (kubernetes-csi/external-attacher), {@code pkg/sidecar-controller/snapshot_controller.go}
 * (kubernetes-csi/external-snapshotter), and in kubernetes/kubernetes
 * {@code pkg/controller/volume/attachdetach/attach_detach_controller.go},
 * {@code pkg/controller/volume/persistentvolume/pv_controller.go} and
 * {@code pkg/kubelet/volumemanager/reconciler/reconciler_common.go}.
 */
final class LogAttribution {

    /** A container recognised from the klog source files its lines name. */
    private record Component(String container, List<String> klogFiles) {
    }

    private static final List<Component> COMPONENTS = List.of(
            new Component("csi-provisioner", List.of("csi-provisioner.go")),
            new Component("csi-snapshotter", List.of("snapshot_controller.go", "snapshot_controller_base.go")),
            new Component("csi-attacher", List.of("csi_handler.go")),
            new Component("kube-controller-manager", List.of("attach_detach_controller.go", "pv_controller.go",
                    "pv_controller_base.go")),
            new Component("kubelet", List.of("kubelet.go", "kubelet_volumes.go", "reconciler_common.go")));

    private static final Pattern KLOG_FILE = Pattern.compile("^[IWEF]\\d{4} [\\d:.]+\\s+\\d+ ([\\w.-]+\\.go):\\d+\\]");
    private static final int HEAD_LINES = 200;

    /**
     * What one file's own words say of it, before the pods are known.
     *
     * @param path the file's name as sources give it, folders included
     * @param container the container the content names, or {@code ""}
     * @param klogFile the klog source file that named it, or {@code ""}
     */
    record Clues(String path, String container, String klogFile) {
    }

    /**
     * Where a log file was attributed, and how.
     *
     * @param pod the pod, or {@code null} when none could be named
     * @param container the container, or {@code ""}
     * @param how how, in one sentence
     */
    record Attribution(ObjectRef pod, String container, String how) {
    }

    private LogAttribution() {
    }

    /**
     * Gathers the clues of one file from its first lines as they are read, so that the file is
     * read once for its lines and its clues.
     */
    static final class Head {
        private final String path;
        private final Map<String, Integer> votes = new java.util.HashMap<>();
        private String firstFile = "";
        private int lines;

        /** The head of the file sources name {@code path}. */
        Head(String path) {
            this.path = path;
        }

        /** Takes one line as the file holds it; lines past the first 200 say nothing more. */
        void line(String raw) {
            if (lines++ >= HEAD_LINES) {
                return;
            }
            Matcher m = KLOG_FILE.matcher(raw);
            if (!m.find()) {
                return;
            }
            for (Component component : COMPONENTS) {
                if (component.klogFiles().contains(m.group(1))) {
                    votes.merge(component.container(), 1, Integer::sum);
                    firstFile = firstFile.isEmpty() ? m.group(1) : firstFile;
                }
            }
        }

        /** The clues the lines taken so far give. */
        Clues clues() {
            Optional<String> best = votes.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey);
            return new Clues(path, best.orElse(""), best.isPresent() ? firstFile : "");
        }
    }

    /** The attribution of a file with these clues among these pods, if it can be made. */
    static Optional<Attribution> attribute(Clues clues, List<Pod> pods) {
        List<String> parts = List.of(clues.path().split("[/\\\\!]"));
        String stem = stem(parts.get(parts.size() - 1));
        Optional<Pod> named = podNamedIn(parts, stem, pods);
        String byName = containerNamedIn(stem, named.map(Pod::containerNames).orElse(List.of()));
        if (named.isPresent()) {
            Pod pod = named.get();
            String container = !byName.isEmpty() ? byName
                    : pod.containerNames().contains(clues.container()) ? clues.container()
                    : pod.containerNames().size() == 1 ? pod.containerNames().get(0) : "";
            return Optional.of(new Attribution(pod.ref(), container, "its path names pod " + pod.namespace() + "/"
                    + pod.name() + containerHow(container, byName, clues)));
        }
        String container = !clues.container().isEmpty() ? clues.container() : knownContainer(stem);
        if (container.isEmpty()) {
            return Optional.empty();
        }
        List<Pod> running = pods.stream().filter(p -> p.containerNames().contains(container)).toList();
        if (running.size() == 1) {
            Pod pod = running.get(0);
            return Optional.of(new Attribution(pod.ref(), container, "pod " + pod.namespace() + "/" + pod.name()
                    + " is the only pod in the snapshot that runs a " + container + " container"
                    + containerHow(container, knownContainer(stem), clues)));
        }
        return Optional.of(new Attribution(null, container, "no pod could be named"));
    }

    private static String containerHow(String container, String byName, Clues clues) {
        if (container.isEmpty()) {
            return "";
        }
        if (container.equals(byName)) {
            return "; its file name names container " + container;
        }
        if (container.equals(clues.container())) {
            return "; its lines come from " + clues.klogFile() + ", which " + container + " logs";
        }
        return "; " + container + " is the pod's only container";
    }

    /** The pod whose name is one of the folders, or the longest pod name in the file's name. */
    private static Optional<Pod> podNamedIn(List<String> parts, String stem, List<Pod> pods) {
        List<Pod> candidates = new ArrayList<>();
        for (Pod pod : pods) {
            boolean folder = parts.subList(0, parts.size() - 1).contains(pod.name());
            if (folder || containsName(stem, pod.name())) {
                candidates.add(pod);
            }
        }
        int longest = candidates.stream().mapToInt(p -> p.name().length()).max().orElse(0);
        List<Pod> best = candidates.stream().filter(p -> p.name().length() == longest).toList();
        if (best.size() > 1) {
            best = best.stream().filter(p -> parts.contains(p.namespace()) || stem.contains(p.namespace())).toList();
        }
        return best.size() == 1 ? Optional.of(best.get(0)) : Optional.empty();
    }

    /** The longest of the pod's container names the file's name holds, or {@code ""}. */
    private static String containerNamedIn(String stem, List<String> containers) {
        return containers.stream().filter(c -> containsName(stem, c))
                .max(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())).orElse("");
    }

    /** A known component's container named by the file's name, or {@code ""}. */
    private static String knownContainer(String stem) {
        return COMPONENTS.stream().map(Component::container).filter(c -> containsName(stem, c))
                .findFirst().orElse("");
    }

    /** Whether {@code text} holds {@code name} between its ends or characters no Kubernetes name has ({@code _}). */
    private static boolean containsName(String text, String name) {
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
            int end = i + name.length();
            boolean before = i == 0 || !isNameChar(text.charAt(i - 1));
            boolean after = end == text.length() || !isNameChar(text.charAt(end));
            if (before && after) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '.';
    }

    private static String stem(String file) {
        String lower = file.toLowerCase(Locale.ROOT);
        for (String ext : List.of(".log", ".txt")) {
            if (lower.endsWith(ext)) {
                return file.substring(0, file.length() - ext.length());
            }
        }
        return file;
    }
}
