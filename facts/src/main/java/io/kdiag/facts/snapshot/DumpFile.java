package io.kdiag.facts.snapshot;

import io.kdiag.facts.ObjectRef;
import java.nio.file.Path;

/**
 * One file of a dump and what its layout says it holds.
 *
 * <p>{@code name} is how sources name the file in warnings and evidence: the path as given,
 * and for files inside archives {@code archive.tar.gz!/entry}.
 */
sealed interface DumpFile {

    /** Where the file is on disk (inside the private work folder for archive entries). */
    Path path();

    /** How sources name the file. */
    String name();

    /**
     * Kubernetes objects: YAML or JSON, single objects, multi-document or Lists.
     *
     * @param capture how the layout wrote the file: {@code LIST} when it is one of the files it
     *     writes for every object of a kind (a must-gather's per-object files of a cluster-scoped
     *     kind), so that each object counts as an item of a list of its kind; {@code CLUSTER_LIST}
     *     when the file holds every object of its kinds in every namespace
     */
    record Objects(Path path, String name, RawObject.Capture capture) implements DumpFile {

        /** A file of objects that says nothing of objects it does not hold. */
        Objects(Path path, String name) {
            this(path, name, RawObject.Capture.SINGLE);
        }
    }

    /** The log of one container of a pod. */
    record ContainerLog(Path path, String name, ObjectRef pod, String container) implements DumpFile {
    }

    /**
     * The logs of all containers of a pod in one file, each between
     * {@code ==== START logs for container <c> of pod <ns>/<pod> ====} and its END marker.
     */
    record PodLogs(Path path, String name, ObjectRef pod) implements DumpFile {
    }

    /**
     * A log file of no known pod (a kubelet's, a controller manager's, a CSI sidecar's).
     *
     * @param mayNotBe whether the file only may be a log (a {@code .txt}): it is read as one only
     *     when its first lines look like a log
     */
    record PlainLog(Path path, String name, boolean mayNotBe) implements DumpFile {
    }

    /** An archive ({@code .tar.gz}, {@code .tgz}, {@code .tar}, {@code .zip}) to unpack and read as a dump. */
    record Archive(Path path, String name) implements DumpFile {
    }
}
