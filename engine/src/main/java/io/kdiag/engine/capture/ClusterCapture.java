package io.kdiag.engine.capture;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.storage.VolumeAttachment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.VersionInfo;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.kdiag.facts.snapshot.CaptureManifest;
import io.kdiag.facts.snapshot.Snapshot;
import io.kdiag.facts.snapshot.SnapshotException;
import io.kdiag.facts.snapshot.SnapshotLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a live cluster into a snapshot that {@code kdiag analyze} reads: the {@link ClusterKind}s,
 * the container logs {@link LogSelection} picks, and a {@link CaptureManifest}.
 *
 * <p>Read-only by construction: it sends {@code GET} requests only, to list the kinds (paged with
 * {@code limit} and {@code continue}, as {@code kubectl} does), to read {@code /version}, and to
 * read container logs ({@code pods/log}); it never watches and never asks for a secret. A kind the
 * cluster does not serve or RBAC forbids, and a log that cannot be read, are recorded in the
 * manifest and the capture goes on; an unreachable server or refused credentials stop it with a
 * {@link CaptureException}.
 */
public final class ClusterCapture {

    private static final long MAX_LOG_BYTES = 16L << 20;

    private final KubernetesClient client;
    private final String contextName;
    private final CaptureOptions options;
    private final KubernetesSerialization serialization;

    /**
     * A capture through an open client.
     *
     * @param client the client; it is not closed
     * @param contextName the name the manifest records for the context
     */
    public ClusterCapture(KubernetesClient client, String contextName, CaptureOptions options) {
        this.client = client;
        this.contextName = contextName;
        this.options = options;
        this.serialization = client.getKubernetesSerialization();
    }

    /**
     * Captures the cluster into {@code out}: a folder (new or empty), or a {@code .tar.gz} archive
     * when its name ends so.
     *
     * @return the manifest written with it
     */
    public CaptureManifest writeTo(Path out) throws CaptureException, IOException {
        String server = client.getMasterUrl().toString();
        String version = serverVersion(server);
        try (CaptureSink sink = CaptureSink.open(out)) {
            return capture(sink, server, version);
        }
    }

    /**
     * Captures the cluster into a temporary folder, reads it as {@code kdiag analyze} would, and
     * removes the folder, whatever happens.
     *
     * @param loader the loader that reads the capture
     * @param name how the snapshot's sources and warnings name the capture
     */
    public Snapshot snapshot(SnapshotLoader loader, String name) throws CaptureException, IOException {
        Path folder = Files.createTempDirectory("kdiag-live-");
        try {
            writeTo(folder);
            return loader.load(folder, name);
        } catch (SnapshotException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            deleteTree(folder);
        }
    }

    private CaptureManifest capture(CaptureSink sink, String server, String version)
            throws CaptureException, IOException {
        String capturedAt = options.clock().instant().toString();
        List<CaptureManifest.CapturedKind> kinds = new ArrayList<>();
        List<CaptureManifest.NotChecked> notChecked = new ArrayList<>();
        Map<ClusterKind, List<GenericKubernetesResource>> read = new LinkedHashMap<>();
        for (ClusterKind kind : ClusterKind.ALL) {
            try {
                List<GenericKubernetesResource> objects = list(kind);
                read.put(kind, objects);
                String file = objects.isEmpty() ? null : kind.file();
                if (file != null) {
                    sink.write(file, yaml(objects));
                }
                kinds.add(new CaptureManifest.CapturedKind(kind.kind(), kind.apiVersion(), file, objects.size()));
            } catch (KubernetesClientException e) {
                stopIfFatal(e, server);
                notChecked.add(new CaptureManifest.NotChecked(kind.describe(), Failures.reason(e)));
            }
        }
        List<CaptureManifest.CapturedLog> logs = new ArrayList<>();
        for (LogSelection.Wanted wanted : selectLogs(read)) {
            readLog(wanted, sink, server, logs, notChecked);
        }
        CaptureManifest manifest = new CaptureManifest(capturedAt, contextName, server, version,
                options.allNamespaces() ? List.of() : namespaces(), kinds, logs, notChecked);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        manifest.write(bytes);
        sink.write(CaptureManifest.FILE_NAME, bytes.toByteArray());
        return manifest;
    }

    private String serverVersion(String server) throws CaptureException {
        try {
            VersionInfo version = client.getKubernetesVersion();
            return version == null ? "" : version.getGitVersion();
        } catch (KubernetesClientException e) {
            if (Failures.forbidden(e) || Failures.notFound(e)) {
                return "";
            }
            throw Failures.fatal(e, server);
        }
    }

    private static void stopIfFatal(KubernetesClientException e, String server) throws CaptureException {
        if (Failures.noAnswer(e) || Failures.unauthorized(e)) {
            throw Failures.fatal(e, server);
        }
    }

    /** Every object of the kind in the namespaces read, page by page. */
    private List<GenericKubernetesResource> list(ClusterKind kind) {
        MixedOperation<GenericKubernetesResource, GenericKubernetesResourceList, Resource<GenericKubernetesResource>> all =
                client.genericKubernetesResources(kind.context());
        List<GenericKubernetesResource> objects = new ArrayList<>();
        if (!kind.namespaced()) {
            pages(kind, all, objects);
        } else if (options.allNamespaces()) {
            pages(kind, all.inAnyNamespace(), objects);
        } else {
            for (String namespace : namespaces()) {
                pages(kind, all.inNamespace(namespace), objects);
            }
        }
        objects.forEach(object -> tidy(kind, object));
        return objects;
    }

    private void pages(ClusterKind kind,
            io.fabric8.kubernetes.client.dsl.Listable<GenericKubernetesResourceList> operation,
            List<GenericKubernetesResource> into) {
        String next = null;
        do {
            GenericKubernetesResourceList page = operation.list(new ListOptionsBuilder()
                    .withLimit((long) options.chunkSize()).withContinue(next).build());
            into.addAll(page.getItems());
            next = page.getMetadata() == null ? null : page.getMetadata().getContinue();
            options.progress().accept("listed " + into.size() + " " + kind.resource());
        } while (next != null && !next.isEmpty());
    }

    /** Puts back what list items leave out, and drops what {@code kubectl get} does not show. */
    private static void tidy(ClusterKind kind, GenericKubernetesResource object) {
        object.setApiVersion(kind.apiVersion());
        object.setKind(kind.kind());
        if (object.getMetadata() != null) {
            object.getMetadata().setManagedFields(null);
        }
    }

    private List<String> namespaces() {
        if (!options.namespaces().isEmpty()) {
            return options.namespaces();
        }
        String current = client.getNamespace();
        return List.of(current == null ? "default" : current);
    }

    private byte[] yaml(List<GenericKubernetesResource> objects) {
        StringBuilder text = new StringBuilder();
        for (GenericKubernetesResource object : objects) {
            String document = serialization.asYaml(object);
            text.append(document.startsWith("---") ? "" : "---\n").append(document);
            if (!document.endsWith("\n")) {
                text.append('\n');
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private List<LogSelection.Wanted> selectLogs(Map<ClusterKind, List<GenericKubernetesResource>> read) {
        return LogSelection.select(typed(read, "Pod", Pod.class), typed(read, "Node", Node.class),
                typed(read, "VolumeAttachment", VolumeAttachment.class), typed(read, "Event", Event.class));
    }

    private <T> List<T> typed(Map<ClusterKind, List<GenericKubernetesResource>> read, String kind, Class<T> type) {
        return read.entrySet().stream()
                .filter(entry -> entry.getKey().kind().equals(kind))
                .flatMap(entry -> entry.getValue().stream())
                .map(object -> serialization.convertValue(object, type))
                .toList();
    }

    private void readLog(LogSelection.Wanted wanted, CaptureSink sink, String server,
            List<CaptureManifest.CapturedLog> logs, List<CaptureManifest.NotChecked> notChecked)
            throws CaptureException, IOException {
        String what = "log of container " + wanted.container() + " of pod " + wanted.namespace() + "/" + wanted.pod();
        options.progress().accept("reading the " + what);
        try {
            String text = client.raw(logUri(wanted));
            if (text == null) {
                notChecked.add(new CaptureManifest.NotChecked(what, "the pod is gone (404)"));
                return;
            }
            String file = text.isEmpty() ? null : CaptureManifest.LOGS_FOLDER + "/" + wanted.namespace() + "/"
                    + wanted.pod() + "/" + wanted.container() + ".log";
            if (file != null) {
                sink.write(file, text.getBytes(StandardCharsets.UTF_8));
            }
            logs.add(new CaptureManifest.CapturedLog(wanted.namespace(), wanted.pod(), wanted.container(), file,
                    wanted.reason()));
        } catch (KubernetesClientException e) {
            stopIfFatal(e, server);
            notChecked.add(new CaptureManifest.NotChecked(what, Failures.reason(e)));
        }
    }

    /** {@code GET .../pods/NAME/log}, bounded in lines, age and bytes, with kubectl's {@code --timestamps} prefix. */
    private String logUri(LogSelection.Wanted wanted) {
        StringBuilder uri = new StringBuilder("/api/v1/namespaces/").append(encode(wanted.namespace()))
                .append("/pods/").append(encode(wanted.pod())).append("/log?container=").append(encode(wanted.container()))
                .append("&timestamps=true&limitBytes=").append(MAX_LOG_BYTES);
        if (options.logTailLines() >= 0) {
            uri.append("&tailLines=").append(options.logTailLines());
        }
        if (options.logSince() != null) {
            uri.append("&sinceSeconds=").append(Math.max(1, options.logSince().toSeconds()));
        }
        return uri.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
