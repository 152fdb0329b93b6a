package io.kdiag.facts.snapshot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.kdiag.facts.Event;
import io.kdiag.facts.KubeObject;
import io.kdiag.facts.ObjectRef;
import io.kdiag.facts.ServerVersion;
import io.kdiag.facts.VolumeAttachment;
import io.kdiag.facts.signal.CsiErrors;
import io.kdiag.facts.signal.EventSignals;
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
import java.util.Optional;
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
            load.workspace = workspace;
            for (int i = 0; i < paths.size(); i++) {
                load.path(paths.get(i), names.get(i), 0);
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
        List<RawObject> items = new ArrayList<>(objects.size());
        for (int i = 0; i < objects.size(); i++) {
            HasMetadata object = objects.get(i);
            ObjectNode tree = FactMapper.SERIALIZATION.convertValue(object, ObjectNode.class);
            if (!tree.hasNonNull("kind") && object.getKind() != null) {
                tree.put("kind", object.getKind());
            }
            items.add(new RawObject(tree, name + "[" + i + "]"));
        }
        RawObject.Capture capture = RawObject.listOf(items);
        items.forEach(item -> load.accept(item.widened(capture)));
        return load.snapshot(List.of(name));
    }

    /** Where a text to read comes from: a file, or a caller's stream. */
    @FunctionalInterface
    private interface TextSource {
        BufferedReader open() throws IOException, TextFile.NotTextException;
    }

    /** The mutable state of one load. */
    private final class Load implements DumpWalker.Visitor {
        private final DocumentReader reader = new DocumentReader(limits);
        private final FactMapper mapper = new FactMapper();
        private final DumpWalker walker = new DumpWalker(inputLimits);
        private final ArchiveUnpacker unpacker = new ArchiveUnpacker(inputLimits);
        private final ObjectIndex objects = new ObjectIndex();
        private final CapturedScopes scopes = new CapturedScopes();
        private final List<ServerVersion> versions = new ArrayList<>();
        private final LogReader logReader = new LogReader(limits.maxStringChars());
        private final LogLines logs = new LogLines(inputLimits.maxLogLines());
        private final List<SnapshotWarning> warnings = new ArrayList<>();
        private final Map<String, Layout> dumps = new LinkedHashMap<>();
        private Workspace workspace;
        private Instant recordedCapture;
        private int archiveNesting;

        /** Reads a given path, or an unpacked archive ({@code nesting} deep). */
        void path(Path path, String name, int nesting) {
            int outer = archiveNesting;
            archiveNesting = nesting;
            try {
                if (Files.isDirectory(path)) {
                    walker.walk(path, name, this);
                } else {
                    List<String> relative = List.of(path.getFileName().toString());
                    file(new PlainLayout().classify(path, relative, name).orElse(new DumpFile.Objects(path, name)));
                }
            } catch (IOException e) {
                cannotRead(name, e);
            } finally {
                archiveNesting = outer;
            }
        }

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
            } else if (file instanceof DumpFile.Archive archive) {
                unpack(archive);
            } else if (file instanceof DumpFile.ContainerLog log) {
                readLog(log, log.pod(), log.container());
            } else if (file instanceof DumpFile.PlainLog log) {
                readLog(log, null, "");
            } else if (file instanceof DumpFile.PodLogs log) {
                readPodLogs(log);
            }
        }

        @Override
        public void warning(SnapshotWarning warning) {
            warnings.add(warning);
        }

        private void cannotRead(String name, Throwable e) {
            warning(new SnapshotWarning(name, "cannot read: " + DocumentReader.oneLine(e.getMessage())));
        }

        private void readObjects(DumpFile.Objects file) {
            RawObject.Capture capture = file.listed() ? RawObject.Capture.LIST : RawObject.Capture.SINGLE;
            readObjects(file.name(), () -> TextFile.open(file.path(), inputLimits.maxFileBytes()), capture);
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
                warning(new SnapshotWarning(name, e.getMessage()));
            } catch (CharacterCodingException e) {
                warning(new SnapshotWarning(name, "not UTF-8 text"));
            } catch (IOException | RuntimeException | StackOverflowError e) {
                cannotRead(name, e);
            }
            if (documents == 0 && warnings.size() == before) {
                warning(new SnapshotWarning(name, "holds no Kubernetes objects"));
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
                Optional<KubeObject> fact = mapper.map(raw);
                objects.add(raw, fact.orElse(null), fact.map(Load::derived).orElse(List.of()));
                scopes.add(raw);
            } catch (IllegalArgumentException e) {
                warning(new SnapshotWarning(raw.source(), DocumentReader.oneLine(e.getMessage())));
            }
        }

        /** The signals recognised in a fact: those of an event, a CSI error in an attachment's status. */
        private static List<Object> derived(KubeObject fact) {
            List<Object> derived = new ArrayList<>();
            if (fact instanceof Event event) {
                derived.addAll(EventSignals.recognise(event));
            }
            if (fact instanceof VolumeAttachment attachment) {
                CsiErrors.inAttachError(attachment).ifPresent(derived::add);
            }
            return derived;
        }

        private void unpack(DumpFile.Archive archive) {
            if (archiveNesting >= inputLimits.maxArchiveNesting()) {
                warning(new SnapshotWarning(archive.name(), "archive nested more than " + inputLimits.maxArchiveNesting()
                        + " deep, not opened"));
                return;
            }
            try {
                Path folder = workspace.newFolder();
                unpacker.unpack(archive.path(), archive.name(), folder, this::warning);
                path(folder, archive.name() + "!", archiveNesting + 1);
            } catch (IOException e) {
                warning(new SnapshotWarning(archive.name(), "cannot unpack: " + DocumentReader.oneLine(e.getMessage())));
            }
        }

        /**
         * The snapshot, once everything is read. Its capture time is the one a dump records, else
         * the newest timestamp in its objects and logs; log years are resolved against it here.
         */
        Snapshot snapshot(List<String> sources) {
            SortedMap<String, Integer> counts = objects.counts();
            List<SnapshotWarning> all = new ArrayList<>(warnings);
            all.addAll(objects.conflicts());
            dumps.forEach((name, layout) -> all.addAll(CoverageGaps.of(layout, name, counts)));
            List<Object> facts = new ArrayList<>(objects.facts());
            facts.addAll(versions);
            Instant newest = newest(facts);
            Instant captured = recordedCapture != null ? recordedCapture
                    : logs.newest().filter(t -> newest == null || t.isAfter(newest)).orElse(newest);
            facts.addAll(logs.facts(captured, all::add));
            if (logs.count() > 0) {
                counts.put("LogLine", logs.count());
            }
            return new Snapshot(sources, captured, counts, scopes.coverage(), all, facts);
        }

        private static Instant newest(List<Object> facts) {
            return facts.stream()
                    .filter(KubeObject.class::isInstance)
                    .map(fact -> ((KubeObject) fact).latestTimestamp())
                    .flatMap(Optional::stream)
                    .max(Instant::compareTo)
                    .orElse(null);
        }
    }
}
