package io.kdiag.facts.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
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
    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("(['\"])[^'\"]{2,}\\1");

    private final ParseLimits limits;
    private final ObjectMapper jsonMapper;
    private final ObjectMapper yamlMapper;

    DocumentReader(ParseLimits limits) {
        this.limits = limits;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringChars())
                .maxDocumentLength(limits.maxDocumentChars())
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
     * @return how many documents (YAML documents, top-level JSON values) the text holds; an
     *     empty {@code List} counts, a text of only comments does not
     */
    int read(BufferedReader text, String name, Consumer<RawObject> objects, Consumer<SnapshotWarning> warnings)
            throws IOException {
        try {
            text.mark(PEEK_LIMIT + 1);
            int first = firstSignificantChar(text);
            text.reset();
            if (first == '{' || first == '[') {
                return parse(jsonMapper, text, name, 0, "JSON", objects, warnings);
            }
            return readYamlDocuments(text, name, objects, warnings);
        } catch (CharacterCodingException e) {
            warnings.accept(new SnapshotWarning(name, "not UTF-8 text"));
            return 0;
        }
    }

    /**
     * Splits the text at its document markers and parses each document on its own. A document
     * over the size limit, or with a line longer than the longest allowed string, is skipped
     * with a warning without being held in memory.
     */
    private int readYamlDocuments(BufferedReader text, String name, Consumer<RawObject> objects,
            Consumer<SnapshotWarning> warnings) throws IOException {
        BoundedLines lines = new BoundedLines(text, limits.maxStringChars());
        StringBuilder document = new StringBuilder();
        int documentStart = 0;
        String refused = null;
        int documents = 0;
        for (BoundedLines.Line line = lines.next(); line != null; line = lines.next()) {
            if (isDocumentMarker(line.text())) {
                documents += finishYaml(document, refused, name, documentStart, objects, warnings);
                document.setLength(0);
                refused = null;
                documentStart = line.number() - 1;
            }
            if (refused != null) {
                continue;
            }
            if (line.tooLong()) {
                refused = "line " + line.number() + " is longer than " + limits.maxStringChars() + " characters";
            } else if (document.length() + line.text().length() >= limits.maxDocumentChars()) {
                refused = "document is larger than " + limits.maxDocumentChars() + " characters";
            } else {
                document.append(line.text()).append('\n');
            }
        }
        return documents + finishYaml(document, refused, name, documentStart, objects, warnings);
    }

    private int finishYaml(StringBuilder document, String refused, String name, int lineOffset,
            Consumer<RawObject> objects, Consumer<SnapshotWarning> warnings) throws IOException {
        if (refused != null) {
            warnings.accept(new SnapshotWarning(name + ":" + (lineOffset + 1), "YAML document skipped: " + refused));
            return 1;
        }
        if (document.toString().isBlank()) {
            return 0;
        }
        return parse(yamlMapper, new StringReader(document.toString()), name, lineOffset, "YAML", objects, warnings);
    }

    private static boolean isDocumentMarker(String line) {
        return line.startsWith("---") && (line.length() == 3 || Character.isWhitespace(line.charAt(3)));
    }

    private static int parse(ObjectMapper mapper, Reader reader, String name, int lineOffset, String format,
            Consumer<RawObject> objects, Consumer<SnapshotWarning> warnings) throws IOException {
        int values = 0;
        try (JsonParser parser = mapper.createParser(reader)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                values++;
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
                    "not valid " + format + ": " + withoutQuotedText(oneLine(e.getOriginalMessage()))));
        } catch (StackOverflowError e) {
            warnings.accept(new SnapshotWarning(name, "not valid " + format + ": nested too deeply"));
        }
        return values;
    }

    /** A top-level array (a JSON array of objects): each object element is read as an object. */
    private static void readArray(ObjectMapper mapper, JsonParser parser, String name, int lineOffset,
            Consumer<RawObject> objects, Consumer<SnapshotWarning> warnings) throws IOException {
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token == null) {
                throw new JsonParseException(parser, "unexpected end of input inside an array");
            }
            if (token == JsonToken.START_OBJECT) {
                readTopObject(mapper, parser, name, lineOffset, objects);
            } else {
                String at = source(name, lineOffset, parser.currentTokenLocation());
                parser.skipChildren();
                warnings.accept(new SnapshotWarning(at, "not a Kubernetes object"));
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
        String kind = object.path("kind").asText("");
        if (items != null && (kind.endsWith("List") || !object.has("kind"))) {
            RawObject.Capture capture = RawObject.listOf(items);
            for (RawObject item : items) {
                nameItemKind(item.tree(), kind, object.path("apiVersion").asText(""));
                emit(item.widened(capture), objects);
            }
            return;
        }
        if (items != null) {
            ArrayNode array = object.putArray("items");
            items.forEach(item -> array.add(item.tree()));
        }
        emit(new RawObject(object, start), objects);
    }

    /**
     * Items of a typed list ({@code PodList}, as {@code kubectl cluster-info dump} and support
     * bundles write them) often leave out their own kind and apiVersion: the list names them.
     */
    private static void nameItemKind(ObjectNode item, String listKind, String listApiVersion) {
        if (item.has("kind") || listKind.length() <= "List".length()) {
            return;
        }
        item.put("kind", listKind.substring(0, listKind.length() - "List".length()));
        if (!item.has("apiVersion") && !listApiVersion.isEmpty()) {
            item.put("apiVersion", listApiVersion);
        }
    }

    /** Hands an object on, stripped of what must never be read. */
    private static void emit(RawObject raw, Consumer<RawObject> objects) {
        Redaction.apply(raw.tree());
        objects.accept(raw);
    }

    private static List<RawObject> readItems(ObjectMapper mapper, JsonParser parser, String name, int lineOffset)
            throws IOException {
        List<RawObject> items = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token == null) {
                throw new JsonParseException(parser, "unexpected end of input inside items");
            }
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

    /**
     * A parser's message without the input text it quotes ({@code Unrecognized token 'c2VjcmV0'}):
     * the text may be a Secret's value in a file too broken to know it holds a Secret.
     */
    static String withoutQuotedText(String message) {
        return QUOTED.matcher(message).replaceAll("$1...$1");
    }

    static String oneLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.strip().lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
