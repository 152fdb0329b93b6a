package io.kdiag.facts.snapshot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.kdiag.facts.Event;
import io.kdiag.facts.KubeObject;
import io.kdiag.facts.VolumeAttachment;
import io.kdiag.facts.signal.CsiErrors;
import io.kdiag.facts.signal.EventSignals;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads files and folders of Kubernetes objects, and plain logs ({@link LogFiles}), into one
 * {@link Snapshot}.
 *
 * <p>Each file is read on its own: a file that cannot be parsed, or an object whose fields
 * have the wrong types, becomes a {@link SnapshotWarning} naming the file and line, and
 * everything else is still read. Instances are stateless and may be shared between threads.
 */
public final class SnapshotLoader {

    private static final List<String> OBJECT_FILES = List.of(".yaml", ".yml", ".json");

    private final ParseLimits limits;

    /** A loader with the {@link ParseLimits#DEFAULT default limits}. */
    public SnapshotLoader() {
        this(ParseLimits.DEFAULT);
    }

    /** A loader with the given limits. */
    public SnapshotLoader(ParseLimits limits) {
        this.limits = limits;
    }

    /**
     * Reads every path into one snapshot.
     *
     * @param paths files and folders; folders are read recursively, in name order
     * @throws SnapshotException when a path does not exist or cannot be listed
     */
    public Snapshot load(List<Path> paths) throws SnapshotException {
        Collector collector = new Collector(new DocumentReader(limits), new FactMapper());
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new SnapshotException(path + ": no such file or directory");
            }
            for (Path file : files(path)) {
                collector.readFile(file, file.toString());
            }
        }
        return collector.snapshot(paths.stream().map(Path::toString).toList());
    }

    /**
     * Reads one stream of YAML or JSON (anything a file may hold) into a snapshot. The stream is
     * read to its end and not closed.
     *
     * @param name how sources and warnings name the stream, for example {@code cluster.yaml}
     * @param in UTF-8 text
     */
    public Snapshot read(String name, InputStream in) {
        Collector collector = new Collector(new DocumentReader(limits), new FactMapper());
        collector.read(in, name);
        return collector.snapshot(List.of(name));
    }

    /**
     * Builds a snapshot from objects a program already holds, for example those a fabric8
     * {@code KubernetesClient} listed. Objects are mapped through the same mappers as text, via
     * their Jackson tree, without writing or parsing text. An object is named in sources as
     * {@code name[index]}.
     *
     * @param name how sources and warnings name the whole set, for example {@code live}
     * @param objects the objects, typed or generic; any kind is counted, known kinds become facts
     */
    public Snapshot fromObjects(String name, List<? extends HasMetadata> objects) {
        Collector collector = new Collector(new DocumentReader(limits), new FactMapper());
        for (int i = 0; i < objects.size(); i++) {
            HasMetadata object = objects.get(i);
            ObjectNode tree = ObjectTrees.SERIALIZATION.convertValue(object, ObjectNode.class);
            if (!tree.hasNonNull("kind") && object.getKind() != null) {
                tree.put("kind", object.getKind());
            }
            collector.accept(new RawObject(tree, name + "[" + i + "]"));
        }
        return collector.snapshot(List.of(name));
    }

    /** The serialization used to turn objects into trees, created on first use (it is costly). */
    private static final class ObjectTrees {
        static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    }

    private static List<Path> files(Path path) throws SnapshotException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> isObjectFile(file) || LogFiles.isLog(file))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new SnapshotException(path + ": cannot list folder: " + e.getMessage());
        }
    }

    private static boolean isObjectFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return OBJECT_FILES.stream().anyMatch(name::endsWith);
    }

    /** The mutable state of one load. */
    private static final class Collector {
        private final DocumentReader reader;
        private final FactMapper mapper;
        private final Map<String, Integer> counts = new TreeMap<>();
        private final List<SnapshotWarning> warnings = new ArrayList<>();
        private final List<Object> facts = new ArrayList<>();
        private final LogReader logReader = new LogReader();
        private final LogLines logs = new LogLines();
        private Instant newest;

        Collector(DocumentReader reader, FactMapper mapper) {
            this.reader = reader;
            this.mapper = mapper;
        }

        void readFile(Path file, String name) {
            if (LogFiles.isLog(file)) {
                readLog(file, name);
                return;
            }
            try (InputStream in = Files.newInputStream(file)) {
                read(in, name);
            } catch (IOException e) {
                warnings.add(new SnapshotWarning(name, "cannot read: " + DocumentReader.oneLine(e.getMessage())));
            }
        }

        private void readLog(Path file, String name) {
            try (BufferedReader text = LogFiles.open(file)) {
                logReader.read(text, name, null, "", logs::add, warnings::add);
            } catch (IOException e) {
                warnings.add(new SnapshotWarning(name, "cannot read: " + DocumentReader.oneLine(e.getMessage())));
            }
        }

        void read(InputStream in, String name) {
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try {
                reader.read(new BufferedReader(new InputStreamReader(in, decoder)), name, this::accept, warnings::add);
            } catch (IOException e) {
                warnings.add(new SnapshotWarning(name, "cannot read: " + DocumentReader.oneLine(e.getMessage())));
            }
        }

        void accept(RawObject raw) {
            try {
                mapper.map(raw).ifPresent(this::addFact);
                counts.merge(raw.kind(), 1, Integer::sum);
            } catch (IllegalArgumentException e) {
                warnings.add(new SnapshotWarning(raw.source(), DocumentReader.oneLine(e.getMessage())));
            }
        }

        private void addFact(KubeObject fact) {
            facts.add(fact);
            fact.latestTimestamp().ifPresent(t -> newest = newest == null || t.isAfter(newest) ? t : newest);
            if (fact instanceof Event event) {
                facts.addAll(EventSignals.recognise(event));
            }
            if (fact instanceof VolumeAttachment attachment) {
                CsiErrors.inAttachError(attachment).ifPresent(facts::add);
            }
        }

        /** The snapshot, once everything is read: log years are resolved against its capture time here. */
        Snapshot snapshot(List<String> sources) {
            Instant captured = logs.newest().filter(t -> newest == null || t.isAfter(newest)).orElse(newest);
            facts.addAll(logs.facts(captured, warnings::add));
            if (logs.count() > 0) {
                counts.put("LogLine", logs.count());
            }
            return new Snapshot(sources, captured, new TreeMap<>(counts), warnings, facts);
        }
    }
}
