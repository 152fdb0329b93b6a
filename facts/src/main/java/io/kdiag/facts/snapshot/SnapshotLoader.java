package io.kdiag.facts.snapshot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.kdiag.facts.ObjectRef;
import io.kdiag.facts.ServerVersion;
import io.kdiag.facts.Pod;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Reads files, folders, dumps and archives of Kubernetes objects into one {@link Snapshot}.
 *
 * <p>The layout of each folder is recognised by its shape ({@code kubectl cluster-info dump},
 * OpenShift must-gather, support bundle, plain files); archives are unpacked into a private
 * temporary folder that is deleted when the load ends. An object read more than once is kept
 * once, the newest copy. Anything that cannot be read (a broken file, a hostile archive entry,
 * a link out of the given folder) becomes a {@link SnapshotWarning} naming it, and everything
 * else is still read; so do the kinds a dump layout cannot show. Logs ({@link LogFiles}, and the
 * pod logs a layout locates) become {@code LogLine} facts, with pod and container where the
 * layout says them. Instances are stateless and
 * may be shared between threads.
 */
public final class SnapshotLoader {

    private final ParseLimits limits;
    private final InputLimits inputLimits;

    /** A loader with the default {@link ParseLimits} and {@link InputLimits}. */
    public SnapshotLoader() {
        this(ParseLimits.DEFAULT);
    }

    /** A loader with the given parse limits and the default input limits. */
    public SnapshotLoader(ParseLimits limits) {
        this(limits, InputLimits.DEFAULT);
    }

    /** A loader with the given limits. */
    public SnapshotLoader(ParseLimits limits, InputLimits inputLimits) {
        this.limits = limits;
        this.inputLimits = inputLimits;
    }

    /**
     * Reads every path into one snapshot.
     *
     * @param paths files, folders and archives; folders are read recursively, in name order
     * @throws SnapshotException when a path does not exist
     */
    public Snapshot load(List<Path> paths) throws SnapshotException {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new SnapshotException(path + ": no such file or directory");
            }
        }
        return loadNamed(paths, paths.stream().map(Path::toString).toList());
    }

    /**
     * Reads one file, folder or archive into a snapshot, naming it {@code name} in sources and
     * warnings instead of by its path (for a folder whose place on disk means nothing to the
     * reader, such as a temporary one).
     *
     * @throws SnapshotException when the path does not exist
     */
    public Snapshot load(Path path, String name) throws SnapshotException {
        if (!Files.exists(path)) {
            throw new SnapshotException(name + ": no such file or directory");
        }
        return loadNamed(List.of(path), List.of(name));
    }

    private Snapshot loadNamed(List<Path> paths, List<String> names) {
        Load load = new Load();
        try (Workspace workspace = new Workspace()) {
            InputFiles files = new InputFiles(inputLimits, workspace);
            for (int i = 0; i < paths.size(); i++) {
                files.find(paths.get(i), names.get(i), load);
            }
        } catch (IOException e) {
            load.warnings.add(new SnapshotWarning("temporary folder",
                    "cannot delete: " + DocumentReader.oneLine(e.getMessage())));
        }
        return load.snapshot(names);
    }

    /**
     * Reads one stream of YAML or JSON (anything an object file may hold) into a snapshot. The
     * stream is read to its end and not closed.
     *
     * @param name how sources and warnings name the stream, for example {@code cluster.yaml}
     * @param in UTF-8 text (UTF-16 with a byte-order mark is read too)
     */
    public Snapshot read(String name, InputStream in) {
        Load load = new Load();
        InputStream unclosed = new FilterInputStream(in) {
            @Override
            public void close() {
                // the caller owns the stream
            }
        };
        load.readObjects(name, () -> TextFile.open(unclosed), RawObject.Capture.SINGLE);
        return load.snapshot(List.of(name));
    }

    /**
     * Builds a snapshot from objects a program already holds, for example those a fabric8
     * {@code KubernetesClient} listed. Objects are mapped through the same mappers as text, via
     * their Jackson tree, without writing or parsing text. An object is named in sources as
     * {@code name[index]}. The objects count as one list, as {@code kubectl get} prints them: the
     * kinds they hold count as listed in full (across namespaces when they span several).
     *
     * @param name how sources and warnings name the whole set, for example {@code live}
     * @param objects the objects, typed or generic; any kind is counted, known kinds become facts
     */
    public Snapshot fromObjects(String name, List<? extends HasMetadata> objects) {
        Load load = new Load();
        for (int i = 0; i < objects.size(); i++) {
            HasMetadata object = objects.get(i);
            ObjectNode tree = Fabric8.SERIALIZATION.convertValue(object, ObjectNode.class);
            if (!tree.hasNonNull("kind") && object.getKind() != null) {
                tree.put("kind", object.getKind());
            }
            load.accept(new RawObject(tree, name + "[" + i + "]").inList(name));
        }
        return load.snapshot(List.of(name));
    }

    /**
     * fabric8's serialization, set up on first use only: it is costly to create (it scans the
     * model classes) and only typed objects a caller passes in need it, never text.
     */
    private static final class Fabric8 {
        static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    }

    /** Where a text to read comes from: a file, or a caller's stream. */
    @FunctionalInterface
    private interface TextSource {
        BufferedReader open() throws IOException, TextFile.NotTextException;
    }

    /**
     * The mutable state of one load, and its steps after {@link InputFiles} found the files: read
     * objects and log lines, map objects to facts keeping one copy of each, and, once all is read,
     * date the log lines and recognise the signals ({@link Signals}).
     */
    private final class Load implements DumpWalker.Visitor {
        private final DocumentReader reader = new DocumentReader(limits);
        private final FactMapper mapper = new FactMapper();
        private final ObjectIndex objects = new ObjectIndex();
        private final CapturedScopes scopes = new CapturedScopes();
        private final List<ServerVersion> versions = new ArrayList<>();
        private final LogReader logReader = new LogReader(limits.maxStringChars());
        private final LogLines logs = new LogLines(inputLimits.maxLogLines());
        private final List<SnapshotWarning> warnings = new ArrayList<>();
        private final Map<String, Layout> dumps = new LinkedHashMap<>();
        private final List<LogAttribution.Clues> plainLogs = new ArrayList<>();
        private Instant recordedCapture;

        @Override
        public void layout(Layout layout, Path top, String name) {
            dumps.put(name, layout);
            try {
                layout.captureTime(top).filter(t -> recordedCapture == null || t.isAfter(recordedCapture))
                        .ifPresent(t -> recordedCapture = t);
            } catch (IllegalArgumentException e) {
                warning(new SnapshotWarning(name, "capture time unknown: " + DocumentReader.oneLine(e.getMessage())));
            }
            try {
                layout.notes(top, name).forEach(this::warning);
            } catch (IllegalArgumentException e) {
                warning(new SnapshotWarning(name, DocumentReader.oneLine(e.getMessage())));
            }
            try {
                layout.serverVersion(top).ifPresent(versions::add);
            } catch (IllegalArgumentException e) {
                warning(new SnapshotWarning(name, "server version unknown: " + DocumentReader.oneLine(e.getMessage())));
            }
        }

        @Override
        public void file(DumpFile file) {
            if (file instanceof DumpFile.Objects objectFile) {
                readObjects(objectFile);
            } else if (file instanceof DumpFile.ContainerLog log) {
                readLog(log, log.pod(), log.container());
            } else if (file instanceof DumpFile.PlainLog log) {
                readPlainLog(log);
            } else if (file instanceof DumpFile.PodLogs log) {
                readPodLogs(log);
            }
        }

        @Override
        public void warning(SnapshotWarning warning) {
            warnings.add(warning);
        }

        private void cannotRead(String name, Throwable e) {
            warning(new SnapshotWarning(name, "cannot read: " + DocumentReader.oneLine(e.getMessage()), true));
        }

        private void readObjects(DumpFile.Objects file) {
            readObjects(file.name(), () -> TextFile.open(file.path(), inputLimits.maxFileBytes()), file.capture());
        }

        /**
         * Reads the objects in one text, whether it comes from a file or a caller's stream, each
         * captured at least as {@code capture} says.
         */
        void readObjects(String name, TextSource source, RawObject.Capture capture) {
            int before = warnings.size();
            int documents = 0;
            try (BufferedReader text = source.open()) {
                documents = reader.read(text, name, raw -> accept(raw.widened(capture)), this::warning);
            } catch (TextFile.NotTextException e) {
                warning(new SnapshotWarning(name, e.getMessage(), e.unread()));
            } catch (CharacterCodingException e) {
                warning(new SnapshotWarning(name, "not UTF-8 text", true));
            } catch (IOException | RuntimeException | StackOverflowError e) {
                cannotRead(name, e);
            }
            if (documents == 0 && warnings.size() == before) {
                warning(new SnapshotWarning(name, "holds no Kubernetes objects"));
            }
        }

        /**
         * Reads a log file no layout places, in one pass: its lines, and what its name and first
         * lines say of who wrote it, for {@link LogAttribution}.
         */
        private void readPlainLog(DumpFile.PlainLog file) {
            LogAttribution.Head head = new LogAttribution.Head(file.name());
            boolean log = true;
            try (BufferedReader text = LogFiles.open(file.path())) {
                log = logReader.readPlain(text, file.name(), file.mayNotBe() ? LogFiles.LINES_TO_TRY : 0, head::line,
                        logs::add, this::warning);
            } catch (IOException | RuntimeException e) {
                cannotRead(file.name(), e);
            }
            if (log) {
                plainLogs.add(head.clues());
            }
        }

        /**
         * Ties each plain log file to its pod and container where its name, its lines and the pods
         * allow; a note at the file says how a pod was named (a container alone changes no link).
         */
        private void attributePlainLogs(List<Object> facts, List<SnapshotWarning> notes) {
            List<Pod> pods = facts.stream().filter(Pod.class::isInstance).map(Pod.class::cast).toList();
            for (LogAttribution.Clues clues : plainLogs) {
                LogAttribution.attribute(clues, pods).ifPresent(a -> {
                    logs.attribute(clues.path(), a.pod(), a.container());
                    if (a.pod() != null) {
                        notes.add(new SnapshotWarning(clues.path(), "read as the log of pod " + a.pod().namespace()
                                + "/" + a.pod().name() + ", " + (a.container().isEmpty() ? "container unknown"
                                : "container " + a.container()) + ": " + a.how()));
                    }
                });
            }
        }

        private void readLog(DumpFile file, ObjectRef pod, String container) {
            try (BufferedReader text = LogFiles.open(file.path())) {
                readLog(text, file.name(), pod, container);
            } catch (IOException | RuntimeException e) {
                cannotRead(file.name(), e);
            }
        }

        private void readLog(Reader text, String name, ObjectRef pod, String container) throws IOException {
            logReader.read(text, name, pod, container, logs::add, this::warning);
        }

        /** A cluster-info dump's {@code logs.txt}: each container's section read as that container's log. */
        private void readPodLogs(DumpFile.PodLogs file) {
            try (BufferedReader text = LogFiles.open(file.path())) {
                for (PodLogSections.Section section : PodLogSections.split(text, limits.maxStringChars())) {
                    readLog(new StringReader(section.text()), file.name(), file.pod(), section.container());
                }
            } catch (IOException | RuntimeException e) {
                cannotRead(file.name(), e);
            }
        }

        private void accept(RawObject raw) {
            try {
                objects.add(raw, mapper.map(raw).orElse(null));
                scopes.add(raw);
            } catch (IllegalArgumentException e) {
                warning(new SnapshotWarning(raw.source(), DocumentReader.oneLine(e.getMessage()), true));
            }
        }

        /**
         * The snapshot, once everything is read. Its capture time is the one a dump records, else
         * the newest timestamp in its objects and logs that is not in the future
         * ({@link SnapshotClock}); log years are resolved against it here. ReplicaSets an export
         * left out are established from their pods ({@link InferredReplicaSets}).
         */
        Snapshot snapshot(List<String> sources) {
            SortedMap<String, Integer> counts = objects.counts();
            List<SnapshotWarning> all = new ArrayList<>(warnings);
            all.addAll(objects.conflicts());
            dumps.forEach((name, layout) -> all.addAll(CoverageGaps.of(layout, name, counts)));
            List<Object> facts = new ArrayList<>(objects.facts());
            facts.addAll(versions);
            facts.addAll(InferredReplicaSets.of(facts));
            attributePlainLogs(facts, all);
            Instant captured = SnapshotClock.capturedAt(recordedCapture, facts, logs.newest(), all::add);
            facts.addAll(logs.facts(captured, all::add));
            facts = Signals.recognised(facts);
            if (logs.count() > 0) {
                counts.put("LogLine", logs.count());
            }
            return new Snapshot(sources, captured, counts, scopes.coverage(), all, facts);
        }
    }
}
