package io.kdiag.facts.snapshot;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Reads the top-level values of one parsed text (a JSON file, or one YAML document) and hands
 * on each Kubernetes object in it as soon as it is read: a single object, the elements of a
 * top-level array, or the items of a {@code List} or typed list ({@code PodList}). Items are
 * never gathered, so a List of any size costs the memory of its largest item.
 *
 * <p>{@code kubectl} writes {@code items} before {@code kind}; an item that names its own kind
 * is handed on at once. Only items that leave out their kind (typed lists name it for them)
 * wait for the list's kind, and only when the list names it after its items.
 */
final class ObjectStream {

    private final ObjectTree trees;
    private final String name;
    private final int lineOffset;
    private final String format;
    private final long maxObjectChars;
    private final Consumer<RawObject> objects;
    private final Consumer<SnapshotWarning> warnings;
    private final BooleanSupplier cutShort;
    private int emitted;

    /**
     * A stream over one parsed text.
     *
     * @param cutShort whether the text was cut short under the parser (a YAML line over the
     *     bound): objects the parser completes after that may miss their end and are not handed on
     */
    ObjectStream(ObjectTree trees, long maxObjectChars, String name, int lineOffset, String format,
            Consumer<RawObject> objects, Consumer<SnapshotWarning> warnings, BooleanSupplier cutShort) {
        this.trees = trees;
        this.cutShort = cutShort;
        this.maxObjectChars = maxObjectChars;
        this.name = name;
        this.lineOffset = lineOffset;
        this.format = format;
        this.objects = objects;
        this.warnings = warnings;
    }

    /** How many objects were handed on so far. */
    int emitted() {
        return emitted;
    }

    /**
     * Reads every top-level value.
     *
     * @return how many top-level values the text holds (an empty {@code List} counts)
     */
    int readAll(JsonParser parser) throws IOException {
        int values = 0;
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            values++;
            if (token == JsonToken.START_OBJECT) {
                topObject(parser);
            } else if (token == JsonToken.START_ARRAY) {
                elements(parser, "", "", null);
            } else if (token != JsonToken.VALUE_NULL) {
                warn(parser.currentTokenLocation(), "not a Kubernetes object: a " + format + " " + token.asString());
            }
        }
        return values;
    }

    /** One top-level object: a single object, or a list whose items are streamed. */
    private void topObject(JsonParser parser) throws IOException {
        String start = source(parser.currentTokenLocation());
        ObjectNode header = JsonNodeFactory.instance.objectNode();
        List<RawObject> waiting = new ArrayList<>();
        boolean streamed = false;
        boolean tooLarge = false;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            ObjectTree.endOfInput(parser, token);
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            String kind = header.path("kind").asText("");
            if ("items".equals(field) && value == JsonToken.START_ARRAY && (kind.isEmpty() || isList(kind))) {
                streamed = true;
                waiting.addAll(elements(parser, kind, header.path("apiVersion").asText(""), start));
            } else if (!tooLarge) {
                JsonNode node = bounded(parser, start);
                tooLarge = node == null;
                header.set(field, node);
            } else {
                parser.skipChildren();
            }
        }
        String kind = header.path("kind").asText("");
        if (tooLarge) {
            waiting.forEach(this::emit);
        } else if (!streamed) {
            emit(new RawObject(header, start));
        } else if (kind.isEmpty() || isList(kind)) {
            for (RawObject item : waiting) {
                nameItemKind(item.tree(), kind, header.path("apiVersion").asText(""));
                emit(item);
            }
        } else {
            ArrayNode items = header.putArray("items");
            waiting.forEach(item -> items.add(item.tree()));
            emit(new RawObject(header, start));
        }
    }

    /**
     * The elements of an array of objects (a List's items, or a top-level array), each handed on
     * as it is read. Elements that leave out their kind while the list's kind is not yet known
     * are returned to wait for it.
     *
     * @param list where the List starts, or {@code null} for a top-level array (its elements
     *     are read as single objects)
     */
    private List<RawObject> elements(JsonParser parser, String listKind, String listApiVersion, String list)
            throws IOException {
        List<RawObject> waiting = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            ObjectTree.endOfInput(parser, token);
            JsonLocation location = parser.currentTokenLocation();
            if (token == JsonToken.VALUE_NULL) {
                warn(location, "a null item in a list, not an object: skipped");
                continue;
            }
            if (token != JsonToken.START_OBJECT) {
                parser.skipChildren();
                warn(location, "not a Kubernetes object: a " + format + " " + token.asString() + " in a list");
                continue;
            }
            String at = source(location);
            if (!(bounded(parser, at) instanceof ObjectNode item)) {
                continue;
            }
            RawObject raw = list == null ? new RawObject(item, at) : new RawObject(item, at).inList(list);
            if (item.has("kind") || !listKind.isEmpty()) {
                nameItemKind(item, listKind, listApiVersion);
                emit(raw);
            } else {
                waiting.add(raw);
            }
        }
        return waiting;
    }

    /** The value at the current token, or {@code null} (with a warning) when it is over the size bound. */
    private JsonNode bounded(JsonParser parser, String at) throws IOException {
        int depth = parser.getParsingContext().getNestingDepth() - (parser.currentToken().isStructStart() ? 1 : 0);
        try {
            return trees.read(parser);
        } catch (ObjectTree.TooLargeException e) {
            ObjectTree.skipRest(parser, depth);
            warnings.accept(new SnapshotWarning(at, "object larger than " + maxObjectChars
                    + " characters (the per-object limit), not read", true));
            return null;
        }
    }

    /**
     * Items of a typed list ({@code PodList}, as {@code kubectl cluster-info dump} and support
     * bundles write them) often leave out their own kind and apiVersion: the list names them.
     */
    private static void nameItemKind(ObjectNode item, String listKind, String listApiVersion) {
        if (item.has("kind") || !isList(listKind) || listKind.length() <= "List".length()) {
            return;
        }
        item.put("kind", listKind.substring(0, listKind.length() - "List".length()));
        if (!item.has("apiVersion") && !listApiVersion.isEmpty()) {
            item.put("apiVersion", listApiVersion);
        }
    }

    private static boolean isList(String kind) {
        return kind.endsWith("List");
    }

    /** Hands an object on, stripped of what must never be read. */
    private void emit(RawObject raw) {
        if (cutShort.getAsBoolean()) {
            return;
        }
        Redaction.apply(raw.tree());
        emitted++;
        objects.accept(raw);
    }

    private void warn(JsonLocation location, String message) {
        warnings.accept(new SnapshotWarning(source(location), message, true));
    }

    String source(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return name;
        }
        return name + ":" + (lineOffset + location.getLineNr());
    }
}
