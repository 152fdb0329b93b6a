package io.kdiag.facts.snapshot;

import io.kdiag.facts.ObjectRef;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The output folder of {@code kubectl cluster-info dump --output-directory=D}: {@code D/nodes.json}
 * beside one folder per namespace holding {@code pods.json}, {@code events.json}, ... (or
 * {@code .yaml}), and {@code D/<ns>/<pod>/logs.txt} with the logs of all the pod's containers.
 *
 * <p>Recognised by a {@code nodes.json} or {@code nodes.yaml} file beside a namespace folder
 * holding {@code pods.json} or {@code pods.yaml}. It never holds storage objects, nor StatefulSets.
 */
final class ClusterInfoDumpLayout implements Layout {

    private static final List<String> FORMATS = List.of("json", "yaml");

    @Override
    public String title() {
        return "kubectl cluster-info dump";
    }

    @Override
    public boolean recognises(Path folder) {
        return FORMATS.stream().anyMatch(format -> Layout.hasFile(folder, "nodes." + format)) && hasNamespaceFolder(folder);
    }

    private static boolean hasNamespaceFolder(Path folder) {
        if (holdsPods(folder.resolve("kube-system"))) {
            return true;
        }
        try (DirectoryStream<Path> children = Files.newDirectoryStream(folder)) {
            int looked = 0;
            for (Path child : children) {
                if (holdsPods(child)) {
                    return true;
                }
                if (++looked > 1000) {
                    return false;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean holdsPods(Path folder) {
        return FORMATS.stream().anyMatch(format -> Layout.hasFile(folder, "pods." + format));
    }

    @Override
    public Optional<DumpFile> classify(Path file, List<String> relative, String name) {
        if (relative.size() == 3 && "logs.txt".equals(relative.get(2))) {
            return Optional.of(new DumpFile.PodLogs(file, name, new ObjectRef("Pod", relative.get(0), relative.get(1))));
        }
        return Layout.objectsOrArchive(file, relative, name);
    }

    @Override
    public List<String> missingKinds() {
        return List.of("PersistentVolume", "PersistentVolumeClaim", "VolumeAttachment", "VolumeSnapshot", "StatefulSet");
    }
}
