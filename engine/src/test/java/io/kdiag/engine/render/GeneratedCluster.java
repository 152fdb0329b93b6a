package io.kdiag.engine.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a large cluster snapshot from the bundled fixtures: each scenario repeated in namespaces
 * of its own ({@code media} becomes {@code media-3}), its volume and object UIDs made unique, its
 * nodes renamed per scenario so scenarios do not disturb each other; classes (StorageClass,
 * VolumeSnapshotClass) are kept once. The result is one
 * {@code kind: List}, as {@code kubectl get -A -o yaml} writes it, with many findings of several ids.
 */
final class GeneratedCluster {

    /** The repository's fixtures, relative (tests run in the module folder), so reports name no absolute path. */
    static final Path FIXTURES = Path.of("..", "test-fixtures");

    /** An incident of 28 findings of six ids: nine stale VolumeAttachments, and more. */
    static final Map<String, Integer> INCIDENT = Map.of(
            "stale-volumeattachment", 9,
            "csi-volume-handle-mismatch", 4,
            "prestop-hook-killed", 4,
            "orphaned-volumesnapshot", 3,
            "multi-attach-resolved", 2);

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern UUID = Pattern.compile("([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{8})"
            + "[0-9a-f]{4}");
    private static final Pattern ATTACHMENT = Pattern.compile("(csi-[0-9a-f]{58})[0-9a-f]{6}");

    private GeneratedCluster() {
    }

    /** Writes the snapshot of these scenarios (fixture name to copies) to {@code dir}/cluster.yaml. */
    static Path write(Map<String, Integer> scenarios, Path dir) throws IOException {
        ArrayNode items = YAML.createArrayNode();
        Set<String> classes = new LinkedHashSet<>();
        int scenario = 0;
        for (String fixture : scenarios.keySet().stream().sorted().toList()) {
            scenario++;
            List<JsonNode> objects = items(FIXTURES.resolve(fixture).resolve("cluster.yaml"));
            Set<String> nodes = new LinkedHashSet<>();
            Set<String> namespaces = new LinkedHashSet<>();
            for (JsonNode object : objects) {
                String name = object.path("metadata").path("name").asText();
                if (object.path("kind").asText().equals("Node")) {
                    nodes.add(name);
                }
                if (object.path("metadata").hasNonNull("namespace")) {
                    namespaces.add(object.path("metadata").path("namespace").asText());
                }
            }
            for (int copy = 1; copy <= scenarios.get(fixture); copy++) {
                Renames renames = new Renames(scenario, copy, nodes, namespaces);
                for (JsonNode object : objects) {
                    String kind = object.path("kind").asText();
                    boolean shared = kind.endsWith("Class") || kind.equals("CSIDriver");
                    if (shared && classes.add(kind + "/" + object.path("metadata").path("name").asText())
                            || !shared && (copy == 1 || !kind.equals("Node"))) {
                        items.add(renames.apply(object.deepCopy()));
                    }
                }
            }
        }
        ObjectNode list = YAML.createObjectNode().put("apiVersion", "v1").put("kind", "List");
        list.set("items", items);
        Files.createDirectories(dir);
        Path file = dir.resolve("cluster.yaml");
        YAML.writeValue(file.toFile(), list);
        return file;
    }

    private static List<JsonNode> items(Path file) throws IOException {
        JsonNode root = YAML.readTree(file.toFile());
        List<JsonNode> objects = new ArrayList<>();
        if (root.has("items")) {
            root.path("items").forEach(objects::add);
        } else {
            objects.add(root);
        }
        return objects;
    }

    /** The renames of one copy of one scenario, applied to every string in an object. */
    private record Renames(int scenario, int copy, Set<String> nodes, Set<String> namespaces) {

        JsonNode apply(JsonNode node) {
            if (node instanceof ObjectNode object) {
                Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
                List<Map.Entry<String, JsonNode>> copies = new ArrayList<>();
                fields.forEachRemaining(copies::add);
                copies.forEach(e -> object.set(e.getKey(), apply(e.getValue())));
                return object;
            }
            if (node instanceof ArrayNode array) {
                for (int i = 0; i < array.size(); i++) {
                    array.set(i, apply(array.get(i)));
                }
                return array;
            }
            return node.isTextual() ? new TextNode(text(node.asText())) : node;
        }

        private String text(String value) {
            String suffix = String.format(Locale.ROOT, "%x%03x", scenario, copy);
            String text = replace(UUID, value, m -> m.group(1) + suffix);
            text = replace(ATTACHMENT, text, m -> m.group(1) + "0" + suffix + "0");
            for (String node : nodes) {
                text = text.replaceAll("(?<![\\w.-])" + Pattern.quote(node) + "(?![\\w-])", "s" + scenario + "-" + node);
            }
            for (String namespace : namespaces) {
                text = text.replaceAll("(?<![\\w.-])" + Pattern.quote(namespace) + "(?=$|[/ \"',:)])",
                        namespace + "-" + scenario + copy);
            }
            return text;
        }

        private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
            Matcher m = pattern.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
            }
            return m.appendTail(out).toString();
        }
    }
}
