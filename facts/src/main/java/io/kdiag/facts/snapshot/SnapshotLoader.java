package io.kdiag.facts.snapshot;

import io.kdiag.facts.Event;
import io.kdiag.facts.KubeObject;
import io.kdiag.facts.VolumeAttachment;
import io.kdiag.facts.signal.CsiErrors;
import io.kdiag.facts.signal.EventSignals;
import java.io.BufferedReader;
import java.io.IOException;
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
 * Reads files and folders of Kubernetes objects into one {@link Snapshot}.
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

    private static List<Path> files(Path path) throws SnapshotException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile)
                    .filter(SnapshotLoader::isObjectFile)
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
        private Instant newest;

        Collector(DocumentReader reader, FactMapper mapper) {
            this.reader = reader;
            this.mapper = mapper;
        }

        void readFile(Path file, String name) {
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try (BufferedReader text = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
                reader.read(text, name, this::accept, warnings::add);
            } catch (IOException e) {
                warnings.add(new SnapshotWarning(name, "cannot read: " + DocumentReader.oneLine(e.getMessage())));
            }
        }

        private void accept(RawObject raw) {
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

        Snapshot snapshot(List<String> sources) {
            return new Snapshot(sources, newest, new TreeMap<>(counts), warnings, facts);
        }
    }
}
