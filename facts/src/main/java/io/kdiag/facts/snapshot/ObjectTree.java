package io.kdiag.facts.snapshot;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Builds the tree of one object from a streaming parser, keeping only what a fact may need:
 * {@code metadata.managedFields} and the known embedded copies of whole objects are skipped
 * as they are read, never built; repeated values are pooled ({@link StringPool}). An object
 * larger than the bound is abandoned as soon as the parser passes the bound, so it never costs
 * more memory than that.
 */
final class ObjectTree {

    /** The object being read passed {@link #maxChars}; the parser is left inside it. */
    static final class TooLargeException extends Exception {
        TooLargeException() {
            super(null, null, false, false);
        }
    }

    /** How often (in tokens) the size is checked: locations cost an allocation each. */
    private static final int CHECK_EVERY = 64;

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final StringPool pool;
    private final long maxChars;
    private long start;
    private int tokens;

    ObjectTree(StringPool pool, long maxChars) {
        this.pool = pool;
        this.maxChars = maxChars;
    }

    /**
     * Reads the value at the parser's current token, as one object of its own: its size is
     * counted from here. When it is too large, the parser is left inside it: call
     * {@link #skipRest(JsonParser, int)} with the depth noted before.
     */
    JsonNode read(JsonParser parser) throws IOException, TooLargeException {
        start = offset(parser.currentTokenLocation());
        tokens = 0;
        return value(parser, null, 0);
    }

    /** Skips to the end of the value that began at {@code depth} (the parser's nesting depth before it). */
    static void skipRest(JsonParser parser, int depth) throws IOException {
        while (parser.getParsingContext().getNestingDepth() > depth) {
            if (parser.nextToken() == null) {
                return;
            }
        }
    }

    private JsonNode value(JsonParser parser, String field, int depth) throws IOException, TooLargeException {
        checkSize(parser);
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> object(parser, field, depth);
            case START_ARRAY -> array(parser, depth);
            case VALUE_STRING -> nodes.textNode(StringPool.pools(field) ? pool.intern(parser.getText()) : parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> nodes.numberNode(parser.getIntValue());
                case LONG -> nodes.numberNode(parser.getLongValue());
                default -> nodes.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> parser.getNumberType() == JsonParser.NumberType.BIG_DECIMAL
                    ? nodes.numberNode(parser.getDecimalValue()) : nodes.numberNode(parser.getDoubleValue());
            case VALUE_TRUE -> nodes.booleanNode(true);
            case VALUE_FALSE -> nodes.booleanNode(false);
            case VALUE_NULL -> nodes.nullNode();
            case VALUE_EMBEDDED_OBJECT -> parser.getEmbeddedObject() instanceof byte[] bytes
                    ? nodes.binaryNode(bytes) : nodes.textNode(String.valueOf(parser.getEmbeddedObject()));
            default -> throw new JsonParseException(parser, "unexpected " + token);
        };
    }

    private ObjectNode object(JsonParser parser, String field, int depth) throws IOException, TooLargeException {
        ObjectNode object = nodes.objectNode();
        boolean metadata = depth == 1 && "metadata".equals(field);
        boolean annotations = depth == 2 && "annotations".equals(field);
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            endOfInput(parser, token);
            String name = parser.currentName();
            parser.nextToken();
            if (metadata && "managedFields".equals(name) || annotations && Redaction.isEmbeddedCopy(name)) {
                parser.skipChildren();
                continue;
            }
            object.set(name, value(parser, name, depth + 1));
        }
        return object;
    }

    private ArrayNode array(JsonParser parser, int depth) throws IOException, TooLargeException {
        ArrayNode array = nodes.arrayNode();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            endOfInput(parser, token);
            array.add(value(parser, null, depth + 1));
        }
        return array;
    }

    /** A parser may end its input inside an object (a YAML document cut short) without an error of its own. */
    static void endOfInput(JsonParser parser, JsonToken token) throws JsonParseException {
        if (token == null) {
            throw new JsonParseException(parser, "unexpected end of input");
        }
    }

    private void checkSize(JsonParser parser) throws TooLargeException {
        if (++tokens % CHECK_EVERY == 0 && offset(parser.currentLocation()) - start > maxChars) {
            throw new TooLargeException();
        }
    }

    private static long offset(JsonLocation location) {
        return Math.max(0, location.getCharOffset());
    }
}
