package io.kdiag.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.kdiag.facts.snapshot.Snapshot;
import io.kdiag.facts.snapshot.SnapshotException;
import io.kdiag.facts.snapshot.SnapshotLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * One bundled playbook test case, copied into a synthetic cluster: its snapshot's objects and
 * logs, rewritten by a {@link CaseRewriter} under a tag of its own, and what its
 * {@code expect.yaml} says the analysis must find. A case whose {@code top} is {@code none} is a
 * healthy look-alike: nothing above {@code low} may be diagnosed on its objects.
 */
final class InjectedCase {

    private static final ObjectMapper YAML = new YAMLMapper();
    /**
     * Cases about a partial capture: what they expect holds only while the objects they leave out
     * are missing, and a full cluster has them (a node list, a namespace). Not injected.
     */
    private static final Set<String> PARTIAL_CAPTURES = Set.of("node-not-captured",
            "orphaned-snapshot-namespace-not-captured", "lock-provisioner-not-captured");
    /**
     * Cases whose fault is an absence across the whole cluster (no default StorageClass at all, no
     * provisioner pod of any driver): other cases' objects make them untrue. Not injected.
     */
    private static final Set<String> CLUSTER_WIDE_ABSENCES = Set.of("no-default-class", "never-installed");
    /** Fields that name a type, not an object: a namespace called {@code apps} must not rename {@code apps/v1}. */
    private static final Set<String> TYPE_FIELDS = Set.of("apiVersion", "kind");
    /** Fields whose values name a node or a CSI driver. */
    private static final List<String> REFERENCED_NAMES = List.of("nodeName", "driver", "attacher", "provisioner");

    private final String name;
    private final Path folder;
    private final JsonNode expect;
    private final List<Path> snapshot;

    private InjectedCase(String name, Path folder, JsonNode expect, List<Path> snapshot) {
        this.name = name;
        this.folder = folder;
        this.expect = expect;
        this.snapshot = snapshot;
    }

    /**
     * Every case under the bundled rules' sources of a kdiag checkout, in path order: each
     * folder holding an {@code expect.yaml}.
     */
    static List<InjectedCase> discover(Path repository) throws IOException {
        Path rules = repository.resolve("rules/src");
        List<Path> expectFiles;
        try (Stream<Path> walk = Files.walk(rules)) {
            expectFiles = walk.filter(p -> p.getFileName().toString().equals("expect.yaml")).sorted().toList();
        }
        List<InjectedCase> cases = new ArrayList<>();
        for (Path file : expectFiles) {
            String caseName = file.getParent().getFileName().toString();
            if (!PARTIAL_CAPTURES.contains(caseName) && !CLUSTER_WIDE_ABSENCES.contains(caseName)) {
                InjectedCase injected = of(repository, file.getParent());
                // a case that names no top diagnosis only checks one id's presence or absence: it is
                // neither a fault nor a healthy look-alike
                if (injected.expect.hasNonNull("top")) {
                    cases.add(injected);
                }
            }
        }
        return cases;
    }

    private static InjectedCase of(Path repository, Path folder) throws IOException {
        JsonNode expect = YAML.readTree(folder.resolve("expect.yaml").toFile());
        List<Path> paths = new ArrayList<>();
        for (JsonNode path : expect.path("snapshot")) {
            paths.add(folder.resolve(path.asText()).normalize());
        }
        if (expect.hasNonNull("fixture")) {
            paths.add(repository.resolve("test-fixtures").resolve(expect.get("fixture").asText()));
        }
        try (Stream<Path> beside = Files.list(folder)) {
            beside.filter(p -> !p.getFileName().toString().equals("expect.yaml")).sorted().forEach(paths::add);
        }
        return new InjectedCase(folder.getFileName().toString(), folder, expect, paths);
    }

    /** The case's folder name. */
    String name() {
        return name;
    }

    /** Whether the case expects a diagnosis (else it is a healthy look-alike). */
    boolean isFault() {
        return !"none".equals(expect.path("top").asText("none"));
    }

    /** The case's clock: its {@code now}, else the capture time kdiag reads from its snapshot. */
    Instant clock() throws SnapshotException {
        if (expect.hasNonNull("now")) {
            return Instant.parse(expect.get("now").asText());
        }
        Snapshot read = new SnapshotLoader().load(snapshot);
        return read.captureTime().orElseThrow(() -> new IllegalStateException(folder + ": snapshot has no time"));
    }

    /** The case's objects, as read from its files (List items flattened). */
    List<ObjectNode> objects() throws IOException {
        List<ObjectNode> objects = new ArrayList<>();
        for (Path file : files()) {
            String fileName = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (fileName.endsWith(".yaml") || fileName.endsWith(".yml") || fileName.endsWith(".json")) {
                try (var documents = YAML.readValues(YAML.createParser(file.toFile()), JsonNode.class)) {
                    while (documents.hasNext()) {
                        flatten(documents.next(), objects);
                    }
                }
            }
        }
        return objects;
    }

    /** The case's plain log files. */
    List<Path> logs() throws IOException {
        return files().stream().filter(f -> f.getFileName().toString().matches(".*\\.log(\\.\\d+)?")).toList();
    }

    /** A log file's path relative to the snapshot path that holds it. */
    Path logName(Path log) {
        for (Path root : snapshot) {
            if (log.startsWith(root) && !log.equals(root)) {
                return root.relativize(log);
            }
        }
        return log.getFileName();
    }

    private List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : snapshot) {
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        return files;
    }

    private static void flatten(JsonNode document, List<ObjectNode> objects) {
        if (!(document instanceof ObjectNode object)) {
            return;
        }
        if (object.path("kind").asText().endsWith("List") && object.path("items").isArray()) {
            object.get("items").forEach(item -> flatten(item, objects));
        } else {
            objects.add(object);
        }
    }

    /**
     * What a copy of the case renames: its namespaces, the names of its cluster-scoped objects,
     * the nodes it names (also one the snapshot no longer has) and its CSI drivers (each case
     * brings its own provisioner; a cluster has one per driver).
     */
    static Set<String> definedNames(List<ObjectNode> objects) {
        Set<String> names = new TreeSet<>();
        for (ObjectNode object : objects) {
            JsonNode metadata = object.path("metadata");
            String namespace = metadata.path("namespace").asText("");
            if (!namespace.isEmpty()) {
                names.add(namespace);
            } else if (!metadata.path("name").asText("").isEmpty()) {
                names.add(metadata.get("name").asText());
            }
            for (String field : REFERENCED_NAMES) {
                object.findValues(field).stream().filter(JsonNode::isTextual).map(JsonNode::asText)
                        .filter(value -> !value.isEmpty()).forEach(names::add);
            }
        }
        return names;
    }

    /** Rewrites every string value of a tree in place; field names, kinds and API versions stay. */
    static void rewrite(JsonNode node, CaseRewriter rewriter) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (TYPE_FIELDS.contains(field.getKey())) {
                    continue;
                }
                if (field.getValue().isTextual()) {
                    field.setValue(TextNode.valueOf(rewriter.rewrite(field.getValue().asText())));
                } else {
                    rewrite(field.getValue(), rewriter);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    array.set(i, TextNode.valueOf(rewriter.rewrite(array.get(i).asText())));
                } else {
                    rewrite(array.get(i), rewriter);
                }
            }
        }
    }

    /** A log file's lines, rewritten. */
    static List<String> rewriteLog(Path log, CaseRewriter rewriter) {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8).stream().map(rewriter::rewriteLogLine).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fault this case injects, its names as rewritten. */
    Fault fault(String tag, CaseRewriter rewriter) {
        String rootCause = expect.hasNonNull("rootCause") ? rewriter.rewrite(expect.get("rootCause").asText()) : null;
        return new Fault(name, tag, isFault() ? expect.get("top").asText() : null, rootCause,
                strings(expect.path("present")), strings(expect.path("absent")),
                new TreeSet<>(rewriter.renamedNames()).stream().toList());
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(value -> out.add(value.asText()));
        return out;
    }
}
