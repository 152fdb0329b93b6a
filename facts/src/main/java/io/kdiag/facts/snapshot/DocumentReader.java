package io.kdiag.facts.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads the Kubernetes objects in one YAML or JSON text: single objects, multi-document YAML,
 * and {@code List} documents (whose items each become an object, with the line it starts on).
 *
 * <p>YAML is split at its {@code ---} document markers before parsing, so that one broken
 * document costs only itself: the documents around it are still read.
 */
final class DocumentReader {

    private static final int PEEK_LIMIT = 1 << 16;

    private final ObjectMapper jsonMapper;
    private final ObjectMapper yamlMapper;

    DocumentReader(ParseLimits limits) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringChars())
                .build();
        JsonFactory json = JsonFactory.builder().streamReadConstraints(constraints).build();
        LoaderOptions loader = new LoaderOptions();
        loader.setCodePointLimit(limits.maxDocumentChars());
        loader.setNestingDepthLimit(limits.maxNestingDepth());
        loader.setMaxAliasesForCollections(limits.maxAliases());
        loader.setAllowDuplicateKeys(true);
        YAMLFactory yaml = YAMLFactory.builder().loaderOptions(loader).streamReadConstraints(constraints).build();
        this.jsonMapper = new ObjectMapper(json);
        this.yamlMapper = new ObjectMapper(yaml);
    }

    /**
     * Reads every object in {@code text}.
     *
     * @param text the file's content, positioned at its start
     * @param name how sources name the file
     * @param objects receives each object read
     * @param warnings receives each part that could not be read
     */
    void read(BufferedReader text, String name, Consumer<RawObject> objects, Consumer<SnapshotWarning> warnings)
            throws IOException {
        try {
            text.mark(PEEK_LIMIT + 1);
            int first = firstSignificantChar(text);
            text.reset();
            if (first == '{' || first == '[') {
                parse(jsonMapper, text, name, 0, "JSON", objects, warnings);
            } else {
                readYamlDocuments(text, name, objects, warnings);
            }
        } catch (CharacterCodingException e) {
            warnings.accept(new SnapshotWarning(name, "not UTF-8 text"));
        }
    }

    private void readYamlDocuments(BufferedReader text, String name, Consumer<RawObject> objects,
            Consumer<SnapshotWarning> warnings) throws IOException {
        StringBuilder document = new StringBuilder();
        int documentStart = 0;
        int lineNumber = 0;
        for (String line = text.readLine(); line != null; line = text.readLine()) {
            if (isDocumentMarker(line)) {
                parseYaml(document, name, documentStart, objects, warnings);
                document.setLength(0);
                documentStart = lineNumber;
            }
            document.append(line).append('\n');
            lineNumber++;
        }
        parseYaml(document, name, documentStart, objects, warnings);
    }

    private void parseYaml(StringBuilder document, String name, int lineOffset, Consumer<RawObject> objects,
            Consumer<SnapshotWarning> warnings) throws IOException {
        if (document.toString().isBlank()) {
            return;
        }
        parse(yamlMapper, new StringReader(document.toString()), name, lineOffset, "YAML", objects, warnings);
    }

    private static boolean isDocumentMarker(String line) {
        return line.startsWith("---") && (line.length() == 3 || Character.isWhitespace(line.charAt(3)));
    }

    private static void parse(ObjectMapper mapper, Reader reader, String name, int lineOffset, String format,
            Consumer<RawObject> objects, Consumer<SnapshotWarning> warnings) throws IOException {
        try (JsonParser parser = mapper.createParser(reader)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_OBJECT) {
                    readTopObject(mapper, parser, name, lineOffset, objects);
                } else if (token == JsonToken.START_ARRAY) {
                    readArray(mapper, parser, name, lineOffset, objects, warnings);
                } else if (token != JsonToken.VALUE_NULL) {
                    warnings.accept(new SnapshotWarning(source(name, lineOffset, parser.currentTokenLocation()),
                            "not a Kubernetes object: a " + format + " " + token.asString()));
                }
            }
        } catch (JsonProcessingException e) {
            warnings.accept(new SnapshotWarning(source(name, lineOffset, e.getLocation()),
                    "not valid " + format + ": " + oneLine(e.getOriginalMessage())));
        } catch (StackOverflowError e) {
            warnings.accept(new SnapshotWarning(name, "not valid " + format + ": nested too deeply"));
        }
    }

    /** A top-level array (a JSON array of objects): each object element is read as an object. */
    private static void readArray(ObjectMapper mapper, JsonParser parser, String name, int lineOffset,
            Consumer<RawObject> objects, Consumer<SnapshotWarning> warnings) throws IOException {
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token == JsonToken.START_OBJECT) {
                readTopObject(mapper, parser, name, lineOffset, objects);
            } else {
                warnings.accept(new SnapshotWarning(source(name, lineOffset, parser.currentTokenLocation()),
                        "not a Kubernetes object"));
                parser.skipChildren();
            }
        }
    }

    /**
     * Reads one top-level object. The fields of a {@code List} may come in any order
     * ({@code kubectl} writes {@code items} before {@code kind}), so items are kept with their
     * lines until the whole object is known.
     */
    private static void readTopObject(ObjectMapper mapper, JsonParser parser, String name, int lineOffset,
            Consumer<RawObject> objects) throws IOException {
        String start = source(name, lineOffset, parser.currentTokenLocation());
        ObjectNode object = mapper.createObjectNode();
        List<RawObject> items = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("items".equals(field) && value == JsonToken.START_ARRAY) {
                items = readItems(mapper, parser, name, lineOffset);
            } else {
                object.set(field, mapper.readTree(parser));
            }
        }
        if (items != null && (object.path("kind").asText("").endsWith("List") || !object.has("kind"))) {
            items.forEach(objects);
            return;
        }
        if (items != null) {
            ArrayNode array = object.putArray("items");
            items.forEach(item -> array.add(item.tree()));
        }
        objects.accept(new RawObject(object, start));
    }

    private static List<RawObject> readItems(ObjectMapper mapper, JsonParser parser, String name, int lineOffset)
            throws IOException {
        List<RawObject> items = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            String at = source(name, lineOffset, parser.currentTokenLocation());
            JsonNode item = mapper.readTree(parser);
            if (item instanceof ObjectNode node) {
                items.add(new RawObject(node, at));
            }
        }
        return items;
    }

    private static int firstSignificantChar(Reader reader) throws IOException {
        for (int i = 0, c = reader.read(); c != -1 && i < PEEK_LIMIT; i++, c = reader.read()) {
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return c;
            }
        }
        return -1;
    }

    private static String source(String name, int lineOffset, JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return name;
        }
        return name + ":" + (lineOffset + location.getLineNr());
    }

    static String oneLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.strip().lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
