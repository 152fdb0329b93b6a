package io.kdiag.facts.snapshot;

import io.kdiag.facts.ObjectRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An OpenShift must-gather (or {@code oc adm inspect}) folder: {@code namespaces/<ns>/...} list
 * and object files, pod logs at
 * {@code namespaces/<ns>/pods/<pod>/<container>/<container>/logs/{current,previous}.log},
 * {@code cluster-scoped-resources/<group>/<plural>/...}, and a {@code timestamp} file with the
 * capture time.
 *
 * <p>Recognised by a {@code cluster-scoped-resources} folder, or a {@code namespaces} folder
 * beside a {@code timestamp} file.
 */
final class MustGatherLayout implements Layout {

    private static final String TIMESTAMP = "timestamp";
    private static final String CLUSTER_SCOPED = "cluster-scoped-resources";
    private static final Set<String> LOG_FILES = Set.of("current.log", "previous.log");
    private static final long MAX_TIMESTAMP_BYTES = 4096;

    @Override
    public String title() {
        return "OpenShift must-gather";
    }

    @Override
    public boolean recognises(Path folder) {
        return Layout.hasFolder(folder, CLUSTER_SCOPED)
                || Layout.hasFolder(folder, "namespaces") && Layout.hasFile(folder, TIMESTAMP);
    }

    @Override
    public Optional<DumpFile> classify(Path file, List<String> relative, String name) {
        if (isContainerLog(relative)) {
            ObjectRef pod = new ObjectRef("Pod", relative.get(1), relative.get(3));
            return Optional.of(new DumpFile.ContainerLog(file, name, pod, relative.get(4)));
        }
        return Layout.objectsOrArchive(file, relative, name)
                .map(found -> isClusterScoped(relative) && found instanceof DumpFile.Objects
                        ? new DumpFile.Objects(file, name, true) : found)
                .or(() -> PlainLayout.plainLog(file, relative, name));
    }

    /** {@code cluster-scoped-resources/<group>/<plural>/<name>.yaml}: must-gather writes one per object of the kind. */
    private static boolean isClusterScoped(List<String> relative) {
        return relative.size() == 4 && CLUSTER_SCOPED.equals(relative.get(0));
    }

    private static boolean isContainerLog(List<String> relative) {
        return relative.size() == 8 && "namespaces".equals(relative.get(0)) && "pods".equals(relative.get(2))
                && relative.get(4).equals(relative.get(5)) && "logs".equals(relative.get(6))
                && LOG_FILES.contains(relative.get(7));
    }

    /** The newest time in the top {@code timestamp} file (must-gather writes its start and end). */
    @Override
    public Optional<Instant> captureTime(Path top) {
        Path file = top.resolve(TIMESTAMP);
        if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            if (Files.size(file) > MAX_TIMESTAMP_BYTES) {
                throw new IllegalArgumentException("timestamp file is larger than " + MAX_TIMESTAMP_BYTES + " bytes");
            }
            return CaptureTimes.newest(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the timestamp file: "
                    + DocumentReader.oneLine(e.getMessage()), e);
        }
    }
}
